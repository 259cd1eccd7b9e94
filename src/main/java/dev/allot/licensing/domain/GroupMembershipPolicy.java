package dev.allot.licensing.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a member can hold every product a group gives, all or nothing, given what they hold from other
 * sources. A member without a usage location is judged in the organization's default one. Seats are counted
 * elsewhere (set-based, in the database); this decides the licensing rules only.
 */
public final class GroupMembershipPolicy {

    private GroupMembershipPolicy() {
    }

    /** The first rule the member would break, as Graph's error word and a message; empty when they can hold it all. */
    public static Optional<Violation> firstViolation(String usageLocation, List<Assignment> otherSources, List<Assignment> fromGroup,
            TenantCatalog catalog) {
        String location = usageLocation != null ? usageLocation : catalog.defaultUsageLocation();
        Set<UUID> changed = new LinkedHashSet<>();
        fromGroup.forEach(a -> changed.add(a.skuId()));
        if (location == null) {
            return Optional.of(new Violation(dev.allot.error.ErrorCode.USAGE_LOCATION_MISSING, AssignmentError.Other,
                    changed.iterator().next(), "The member has no usage location and the organization has no default one.", "usage-location"));
        }
        List<Assignment> after = new ArrayList<>(otherSources);
        after.addAll(fromGroup);
        LicenseChange change = LicenseChange.of(new Licensee(null, location), new LicenseRequest(List.of(), List.of()), otherSources,
                after, changed, catalog);
        for (LicensingPolicy policy : RulePolicies.all()) {
            List<Violation> found = policy.check(change);
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }
}
