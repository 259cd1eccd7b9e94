package dev.allot.licensing;

import java.util.List;
import java.util.UUID;

import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.EffectiveLicenses;
import dev.allot.licensing.domain.TenantCatalog;

/** A user's licenses as read: every source, what they add up to, and the catalog to name them. */
public record UserLicenses(UUID userId, List<Assignment> assignments, EffectiveLicenses effective, TenantCatalog catalog) {

    public static UserLicenses of(UUID userId, List<Assignment> assignments, TenantCatalog catalog) {
        return new UserLicenses(userId, List.copyOf(assignments), EffectiveLicenses.of(assignments, catalog), catalog);
    }
}
