package dev.allot.licensing.domain;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A licensing rule as stored: exactly one of planId / skuId names what it is about. */
public record LicensingRule(UUID id, RuleKind kind, UUID planId, UUID skuId, Set<UUID> otherPlanIds,
        Set<String> countries, String description) {

    public LicensingRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        otherPlanIds = Set.copyOf(otherPlanIds);
        countries = Set.copyOf(countries);
        if ((planId == null) == (skuId == null)) {
            throw new IllegalArgumentException("A rule is about exactly one service plan or one product");
        }
    }

    public boolean isAboutLocation() {
        return kind == RuleKind.AvailableOnlyIn || kind == RuleKind.UnavailableIn;
    }

    /** For a location rule: may a user in this country have it? */
    public boolean allows(String country) {
        return switch (kind) {
            case AvailableOnlyIn -> countries.contains(country);
            case UnavailableIn -> !countries.contains(country);
            default -> true;
        };
    }
}
