package dev.allot.licensing.domain;

import static dev.allot.error.ErrorCode.DEPENDENCY_VIOLATION;
import static dev.allot.error.ErrorCode.MUTUALLY_EXCLUSIVE_VIOLATION;
import static dev.allot.error.ErrorCode.PROHIBITED_IN_USAGE_LOCATION;
import static dev.allot.error.ErrorCode.USAGE_LOCATION_MISSING;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The organization's licensing rules, checked over the user's whole resulting set of licenses. A change may not
 * introduce a violation; violations that already existed before it (say, a rule added later) do not block an
 * unrelated change.
 */
public final class RulePolicies {

    private RulePolicies() {
    }

    public static List<LicensingPolicy> all() {
        return List.of(RulePolicies::usageLocationIsRequired, RulePolicies::availableInTheUsageLocation,
                RulePolicies::dependenciesAreMet, RulePolicies::noMutuallyExclusivePlans);
    }

    /** Licenses can only be given to a user whose usage location is known (Graph refuses otherwise, too). */
    static List<Violation> usageLocationIsRequired(LicenseChange change) {
        if (change.licensee().usageLocation() != null || change.changedSkus().isEmpty()) {
            return List.of();
        }
        UUID sku = change.changedSkus().iterator().next();
        return List.of(new Violation(USAGE_LOCATION_MISSING, null, sku,
                "License assignment cannot be done for user with invalid usage location.", "usage-location"));
    }

    static List<Violation> availableInTheUsageLocation(LicenseChange change) {
        String country = change.licensee().usageLocation();
        if (country == null) {
            return List.of();
        }
        List<Violation> found = new ArrayList<>();
        for (LicensingRule rule : change.catalog().rules()) {
            if (!rule.isAboutLocation() || rule.allows(country)) {
                continue;
            }
            for (UUID sku : change.changedSkus()) {
                boolean applies = rule.skuId() != null ? rule.skuId().equals(sku)
                        : change.effectiveAfter().enabledPlans(sku).contains(rule.planId());
                if (applies) {
                    String what = rule.skuId() != null ? "license " + sku + " (" + change.catalog().productName(sku) + ")"
                            : "service plan " + rule.planId() + " (" + change.catalog().planName(rule.planId()) + ") of license "
                                    + sku + " (" + change.catalog().productName(sku) + ")";
                    found.add(new Violation(PROHIBITED_IN_USAGE_LOCATION, AssignmentError.ProhibitedInUsageLocationViolation, sku,
                            "License assignment failed because " + what + " is not available in usage location " + country + ".",
                            "location:" + rule.id() + ":" + sku));
                }
            }
        }
        return found;
    }

    static List<Violation> dependenciesAreMet(LicenseChange change) {
        return newlyViolated(change, RulePolicies::unmetDependencies);
    }

    static List<Violation> noMutuallyExclusivePlans(LicenseChange change) {
        return newlyViolated(change, RulePolicies::exclusions);
    }

    private static List<Violation> newlyViolated(LicenseChange change, RuleCheck check) {
        Set<String> existing = check.find(change.effectiveBefore(), change).stream().map(Violation::key).collect(Collectors.toSet());
        return check.find(change.effectiveAfter(), change).stream().filter(v -> !existing.contains(v.key())).toList();
    }

    private static List<Violation> unmetDependencies(EffectiveLicenses licenses, LicenseChange change) {
        List<Violation> found = new ArrayList<>();
        for (LicensingRule rule : change.catalog().rules()) {
            if (rule.kind() != RuleKind.Requires || !licenses.planEnabled(rule.planId())) {
                continue;
            }
            if (rule.otherPlanIds().stream().noneMatch(licenses::planEnabled)) {
                UUID sku = licenses.skusEnabling(rule.planId()).stream().sorted().findFirst().orElse(null);
                found.add(new Violation(DEPENDENCY_VIOLATION, AssignmentError.DependencyViolation, sku,
                        "License assignment failed because service plan " + rule.planId() + " (" + change.catalog().planName(rule.planId())
                                + ") depends on the service plan(s) " + describe(rule.otherPlanIds(), change.catalog()) + ".",
                        "requires:" + rule.id()));
            }
        }
        return found;
    }

    private static List<Violation> exclusions(EffectiveLicenses licenses, LicenseChange change) {
        List<Violation> found = new ArrayList<>();
        for (LicensingRule rule : change.catalog().rules()) {
            if (rule.kind() != RuleKind.MutuallyExclusive || !licenses.planEnabled(rule.planId())) {
                continue;
            }
            for (UUID other : rule.otherPlanIds()) {
                if (licenses.planEnabled(other)) {
                    UUID sku = licenses.skusEnabling(other).stream().sorted().findFirst().orElse(null);
                    found.add(new Violation(MUTUALLY_EXCLUSIVE_VIOLATION, AssignmentError.MutuallyExclusiveViolation, sku,
                            "License assignment failed because service plans " + rule.planId() + " (" + change.catalog().planName(rule.planId())
                                    + "), " + other + " (" + change.catalog().planName(other) + ") are mutually exclusive.",
                            "excludes:" + rule.id() + ":" + other));
                }
            }
        }
        return found;
    }

    private static String describe(Set<UUID> plans, TenantCatalog catalog) {
        return plans.stream().sorted().map(p -> p + " (" + catalog.planName(p) + ")").collect(Collectors.joining(", "));
    }

    @FunctionalInterface
    private interface RuleCheck {
        List<Violation> find(EffectiveLicenses licenses, LicenseChange change);
    }
}
