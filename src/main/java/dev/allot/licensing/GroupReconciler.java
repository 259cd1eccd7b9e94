package dev.allot.licensing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.allot.licensing.GroupLicenseStore.MemberClass;
import dev.allot.licensing.GroupLicenseStore.Verdict;
import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.AssignmentState;
import dev.allot.licensing.domain.GroupMembershipPolicy;
import dev.allot.licensing.domain.TenantCatalog;
import dev.allot.licensing.domain.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes what a group's members hold match what the group gives, in a handful of set-based statements whatever
 * the number of members. Members are judged by class (same usage location, same licenses from other sources),
 * so the licensing rules run once per class, not once per member; seats go to the allowed members oldest first,
 * each all or nothing. Runs inside the caller's transaction.
 */
@Component
public class GroupReconciler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GroupLicenseStore store;

    public GroupReconciler(GroupLicenseStore store) {
        this.store = store;
    }

    /**
     * Reconciles the members in scope (all, one, or those waiting). touchedSkus are products the group gave before
     * this change and may no longer give (their seats may have to be freed). Returns the products whose seats
     * were freed, for waiting members elsewhere.
     */
    public Result reconcile(UUID tenantId, UUID groupId, GroupLicenseStore.Scope scope, TenantCatalog catalog, Set<UUID> touchedSkus) {
        List<GroupLicense> licenses = store.licenses(tenantId, groupId);
        Set<UUID> all = new LinkedHashSet<>(touchedSkus);
        licenses.forEach(l -> all.add(l.skuId()));
        UUID[] allSkus = all.stream().sorted().toArray(UUID[]::new);
        UUID[] groupSkus = licenses.stream().map(GroupLicense::skuId).sorted().toArray(UUID[]::new);
        Map<UUID, Long> available = store.lockAvailableSeats(tenantId, allSkus);
        store.removeStaleRows(tenantId, groupId, scope);
        store.loadMembers(tenantId, groupId, scope, catalog.defaultUsageLocation());
        store.writeVerdicts(verdicts(groupId, licenses, catalog));
        store.loadNeeds(tenantId, groupSkus);
        Map<UUID, Long> needed = store.seatsNeeded();
        boolean enough = needed.entrySet().stream().allMatch(e -> e.getValue() <= available.getOrDefault(e.getKey(), 0L));
        if (enough) {
            store.seatEveryone();
        } else {
            store.seatOldestFirst(available);
        }
        int active = store.writeActive(tenantId, groupId);
        int errors = store.writeErrors(tenantId, groupId);
        store.takeSeats(tenantId);
        List<UUID> freed = store.freeUnheldSeats(tenantId, allSkus);
        return new Result(active, errors, freed);
    }

    private List<Verdict> verdicts(UUID groupId, List<GroupLicense> licenses, TenantCatalog catalog) {
        List<Assignment> fromGroup = licenses.stream().map(l -> new Assignment(l.skuId(), groupId, l.disabledPlans(), AssignmentState.Active,
                null, java.time.Instant.EPOCH, java.time.Instant.EPOCH)).toList();
        List<Verdict> verdicts = new ArrayList<>();
        for (MemberClass c : store.memberClasses()) {
            Optional<Violation> violation = fromGroup.isEmpty() ? Optional.empty()
                    : GroupMembershipPolicy.firstViolation(c.location(), otherSources(c.profile()), fromGroup, catalog);
            verdicts.add(new Verdict(c, violation.map(v -> v.assignmentError().name()).orElse(null), violation.map(Violation::message).orElse(null)));
        }
        return verdicts;
    }

    /** The profile column: [[skuId, [disabled plan ids]], ...] of the member's other active sources. */
    static List<Assignment> otherSources(String profile) {
        List<Assignment> out = new ArrayList<>();
        for (JsonNode item : JSON.readTree(profile)) {
            Set<UUID> disabled = new LinkedHashSet<>();
            item.get(1).forEach(p -> disabled.add(UUID.fromString(p.asString())));
            out.add(new Assignment(UUID.fromString(item.get(0).asString()), null, disabled, AssignmentState.Active, null,
                    java.time.Instant.EPOCH, java.time.Instant.EPOCH));
        }
        return out;
    }

    /** How many members hold the group's products, how many carry an error, and which products' seats were freed. */
    public record Result(int activeRowsWritten, int errorRowsWritten, List<UUID> freedSkus) {
    }
}
