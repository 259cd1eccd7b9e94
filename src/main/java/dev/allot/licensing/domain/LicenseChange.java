package dev.allot.licensing.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A user's licenses before and after a proposed change, as the policies see it. {@code changedSkus} are the
 * products whose assignments the change adds or alters (the ones location rules look at).
 */
public record LicenseChange(Licensee licensee, LicenseRequest request, List<Assignment> before, List<Assignment> after,
        EffectiveLicenses effectiveBefore, EffectiveLicenses effectiveAfter, Set<UUID> changedSkus, TenantCatalog catalog) {

    public static LicenseChange of(Licensee licensee, LicenseRequest request, List<Assignment> before,
            List<Assignment> after, Set<UUID> changedSkus, TenantCatalog catalog) {
        return new LicenseChange(licensee, request, before, after, EffectiveLicenses.of(before, catalog),
                EffectiveLicenses.of(after, catalog), changedSkus, catalog);
    }
}
