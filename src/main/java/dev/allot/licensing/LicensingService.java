package dev.allot.licensing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.AssignmentStore.LockedUser;
import dev.allot.licensing.AssignmentStore.NoSeatLeftException;
import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.LicensePlanner;
import dev.allot.licensing.domain.LicensePlanner.Decision;
import dev.allot.licensing.domain.LicensePlanner.LicensePlan;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.TenantCatalog;
import dev.allot.licensing.domain.Violation;
import dev.allot.security.Permissions;

/**
 * The assignment engine's use case: change one user's licenses atomically. Check the caller, lock the user,
 * decide with the policies, write (the database guards the seats), audit, announce.
 */
@Service
public class LicensingService {

    private final AssignmentStore assignments;
    private final TenantCatalogs catalogs;
    private final AuditLog audit;
    private final LicenseEvents events;
    private final GroupLicensingService groupLicensing;
    private final LicensePlanner planner = new LicensePlanner();

    public LicensingService(AssignmentStore assignments, TenantCatalogs catalogs, AuditLog audit, LicenseEvents events,
            GroupLicensingService groupLicensing) {
        this.groupLicensing = groupLicensing;
        this.assignments = assignments;
        this.catalogs = catalogs;
        this.audit = audit;
        this.events = events;
    }

    /** Adds and removes licenses for one user in one transaction: all of it happens, or nothing does. */
    @Transactional
    public UserLicenses assignLicense(UUID tenantId, Actor actor, UUID userId, LicenseRequest request) {
        Permissions.requireManageLicenses(actor);
        LockedUser user = assignments.lockUser(tenantId, userId)
                .orElseThrow(() -> AllotException.notFound("Resource '" + userId + "' does not exist or one of its queried reference-property objects are not present."));
        TenantCatalog catalog = catalogs.at(tenantId, user.configVersion());
        List<Assignment> current = assignments.assignments(tenantId, userId);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Decision decision = planner.decide(user.licensee(), current, request, catalog, now);
        if (!decision.approved()) {
            throw refusal(decision.violations());
        }
        LicensePlan plan = decision.plan().orElseThrow();
        try {
            assignments.write(tenantId, userId, plan);
        } catch (NoSeatLeftException e) {
            throw new AllotException(ErrorCode.COUNT_VIOLATION, "Subscription with SKU " + e.skuId() + " does not have any available licenses.",
                    List.of(new AllotException.Detail(ErrorCode.COUNT_VIOLATION, "Every usable license of " + catalog.productName(e.skuId())
                            + " is assigned. Buy more licenses, or unassign one from another user.", e.skuId().toString())));
        }
        List<Assignment> after = plan.after();
        if (!plan.changesNothing()) {
            groupLicensing.seatsAvailable(tenantId, List.copyOf(plan.seatsToFree()));
            if (current.stream().anyMatch(a -> a.state() == dev.allot.licensing.domain.AssignmentState.Error)) {
                // a product the user was waiting for through a group may now be held: judge their groups again
                groupLicensing.reconcileMember(tenantId, userId);
                after = assignments.assignments(tenantId, userId);
            }
            audit.success(tenantId, actor, "user.assignLicense", "user", userId, describe(request, plan, catalog));
            events.userChanged(tenantId, userId);
        }
        return UserLicenses.of(userId, after, catalog);
    }

    /** The licenses of one user. */
    public UserLicenses licenses(UUID tenantId, UUID userId) {
        TenantCatalog catalog = catalogs.current(tenantId);
        return UserLicenses.of(userId, assignments.assignments(tenantId, userId), catalog);
    }

    /** The licenses of many users, read together. */
    public Map<UUID, UserLicenses> licenses(UUID tenantId, List<UUID> userIds) {
        TenantCatalog catalog = catalogs.current(tenantId);
        Map<UUID, List<Assignment>> byUser = assignments.assignments(tenantId, userIds);
        Map<UUID, UserLicenses> result = new LinkedHashMap<>();
        for (UUID id : userIds) {
            result.put(id, UserLicenses.of(id, byUser.getOrDefault(id, List.of()), catalog));
        }
        return result;
    }

    static AllotException refusal(List<Violation> violations) {
        Violation first = violations.get(0);
        List<AllotException.Detail> details = violations.stream()
                .map(v -> new AllotException.Detail(v.code(), v.message(), v.skuId() == null ? null : v.skuId().toString()))
                .toList();
        return new AllotException(first.code(), first.message(), details);
    }

    private static Map<String, Object> describe(LicenseRequest request, LicensePlan plan, TenantCatalog catalog) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("added", request.add().stream().map(a -> Map.of("skuId", a.skuId().toString(), "skuPartNumber",
                catalog.productName(a.skuId()), "disabledPlans", a.disabledPlans().stream().map(UUID::toString).sorted().toList())).toList());
        detail.put("removed", request.remove().stream().map(UUID::toString).toList());
        detail.put("seatsTaken", plan.seatsToTake().stream().map(catalog::productName).collect(Collectors.toList()));
        detail.put("seatsFreed", plan.seatsToFree().stream().map(catalog::productName).collect(Collectors.toList()));
        return detail;
    }
}
