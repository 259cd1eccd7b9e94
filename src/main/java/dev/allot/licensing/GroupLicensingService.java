package dev.allot.licensing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.directory.GroupStore;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.GroupLicenseStore.Scope;
import dev.allot.licensing.domain.LicenseChange;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.LicensingPolicy;
import dev.allot.licensing.domain.RequestPolicies;
import dev.allot.licensing.domain.TenantCatalog;
import dev.allot.licensing.domain.Violation;
import dev.allot.security.Permissions;

/**
 * Group-based licensing: a group's products go to every member, each all or nothing; members who cannot get
 * them carry the reason, and those waiting for a seat are served automatically, oldest first, the moment seats
 * free up or are bought. A member added to a licensed group holds the licenses in the same transaction.
 */
@Service
public class GroupLicensingService {

    private final GroupStore groups;
    private final GroupLicenseStore store;
    private final GroupReconciler reconciler;
    private final TenantCatalogs catalogs;
    private final AuditLog audit;
    private final LicenseEvents events;

    public GroupLicensingService(GroupStore groups, GroupLicenseStore store, GroupReconciler reconciler, TenantCatalogs catalogs,
            AuditLog audit, LicenseEvents events) {
        this.groups = groups;
        this.store = store;
        this.reconciler = reconciler;
        this.catalogs = catalogs;
        this.audit = audit;
        this.events = events;
    }

    /** Graph's group assignLicense: adds (or changes the plans of) and removes the group's products, then applies them to every member. */
    @Transactional
    public GroupLicensingResult assignLicense(UUID tenantId, Actor actor, UUID groupId, LicenseRequest request) {
        Permissions.requireManageLicenses(actor);
        groups.lock(tenantId, groupId).orElseThrow(() -> dev.allot.directory.DirectoryService.notFound(groupId.toString()));
        TenantCatalog catalog = catalogs.current(tenantId);
        List<GroupLicense> before = store.licenses(tenantId, groupId);
        refuseMistakes(request, before, catalog);
        store.setProcessingState(tenantId, groupId, "ProcessingInProgress");
        request.add().forEach(a -> store.upsertLicense(tenantId, groupId, new GroupLicense(a.skuId(), a.disabledPlans())));
        if (!request.remove().isEmpty()) {
            store.deleteLicenses(tenantId, groupId, request.remove());
        }
        Set<UUID> touched = new LinkedHashSet<>();
        before.forEach(l -> touched.add(l.skuId()));
        GroupReconciler.Result result = reconciler.reconcile(tenantId, groupId, Scope.ALL, catalog, touched);
        store.setProcessingState(tenantId, groupId, "ProcessingComplete");
        serveWaiting(tenantId, catalog, result.freedSkus(), groupId);
        events.tenantChanged(tenantId);
        audit.success(tenantId, actor, "group.assignLicense", "group", groupId, describe(request, before, result));
        return new GroupLicensingResult(store.licenses(tenantId, groupId), store.hasMembersWithErrors(tenantId, groupId));
    }

    /** A member joined: they hold the group's products at once, or carry the reason. Part of the caller's transaction. */
    public void memberAdded(UUID tenantId, UUID groupId, UUID userId) {
        if (store.licenses(tenantId, groupId).isEmpty()) {
            return;
        }
        reconciler.reconcile(tenantId, groupId, Scope.member(userId), catalogs.current(tenantId), Set.of());
        events.userChanged(tenantId, userId);
    }

    /** A member left: they lose the group's products unless another source keeps them; freed seats go to those waiting. */
    public void memberRemoved(UUID tenantId, UUID groupId, UUID userId) {
        List<GroupLicense> licenses = store.licenses(tenantId, groupId);
        if (licenses.isEmpty()) {
            return;
        }
        TenantCatalog catalog = catalogs.current(tenantId);
        Set<UUID> skus = new LinkedHashSet<>();
        licenses.forEach(l -> skus.add(l.skuId()));
        GroupReconciler.Result result = reconciler.reconcile(tenantId, groupId, Scope.member(userId), catalog, skus);
        serveWaiting(tenantId, catalog, result.freedSkus(), null);
        events.userChanged(tenantId, userId);
    }

    /** Seats of these products became free or were bought: serve the members waiting for them, oldest first. */
    public void seatsAvailable(UUID tenantId, List<UUID> skus) {
        if (!skus.isEmpty()) {
            serveWaiting(tenantId, catalogs.current(tenantId), skus, null);
        }
    }

    /** Graph's reprocessLicenseAssignment: judges the user again in every licensed group they belong to. */
    @Transactional
    public void reprocess(UUID tenantId, Actor actor, UUID userId) {
        Permissions.requireManageLicenses(actor);
        reconcileMember(tenantId, userId);
        audit.success(tenantId, actor, "user.reprocessLicenseAssignment", "user", userId, Map.of());
    }

    /** Judges one user again in each licensed group they belong to; part of the caller's transaction. */
    public void reconcileMember(UUID tenantId, UUID userId) {
        TenantCatalog catalog = catalogs.current(tenantId);
        List<UUID> freed = new ArrayList<>();
        for (UUID groupId : store.licensedGroupsOf(tenantId, userId)) {
            groups.lock(tenantId, groupId);
            freed.addAll(reconciler.reconcile(tenantId, groupId, Scope.member(userId), catalog, Set.of()).freedSkus());
        }
        serveWaiting(tenantId, catalog, freed, null);
        events.userChanged(tenantId, userId);
    }

    public List<GroupLicense> licenses(UUID tenantId, UUID groupId) {
        return store.licenses(tenantId, groupId);
    }

    public Map<UUID, List<GroupLicense>> licenses(UUID tenantId, List<UUID> groupIds) {
        return store.licenses(tenantId, groupIds);
    }

    public boolean hasMembersWithErrors(UUID tenantId, UUID groupId) {
        return store.hasMembersWithErrors(tenantId, groupId);
    }

    /** Of these groups, those with members carrying a licensing error. */
    public Set<UUID> groupsWithErrors(UUID tenantId, List<UUID> groupIds) {
        return store.groupsWithErrors(tenantId, groupIds);
    }

    /** Members carrying a licensing error from this group (Graph's membersWithLicenseErrors), by display name. */
    public List<dev.allot.directory.domain.User> membersWithErrors(UUID tenantId, Actor actor, UUID groupId, String afterName, UUID afterId, int size) {
        Permissions.requireRead(actor);
        groups.find(tenantId, groupId).orElseThrow(() -> dev.allot.directory.DirectoryService.notFound(groupId.toString()));
        return groups.membersWithLicenseErrors(tenantId, groupId, afterName, afterId, size);
    }

    private void serveWaiting(UUID tenantId, TenantCatalog catalog, List<UUID> skus, UUID exceptGroup) {
        if (skus.isEmpty()) {
            return;
        }
        for (UUID groupId : store.groupsWaitingFor(tenantId, skus.toArray(UUID[]::new))) {
            if (!groupId.equals(exceptGroup)) {
                groups.lock(tenantId, groupId);
                reconciler.reconcile(tenantId, groupId, Scope.WAITING, catalog, Set.of());
            }
        }
    }

    private static void refuseMistakes(LicenseRequest request, List<GroupLicense> before, TenantCatalog catalog) {
        LicenseChange asked = LicenseChange.of(new dev.allot.licensing.domain.Licensee(null, null), request, List.of(), List.of(), Set.of(), catalog);
        List<Violation> found = new ArrayList<>();
        for (LicensingPolicy policy : RequestPolicies.forGroups()) {
            found.addAll(policy.check(asked));
        }
        for (UUID sku : request.remove()) {
            if (before.stream().noneMatch(l -> l.skuId().equals(sku))) {
                found.add(Violation.of(ErrorCode.LICENSE_NOT_ASSIGNED, sku, "The group does not have a corresponding license " + sku + "."));
            }
        }
        if (!found.isEmpty()) {
            throw LicensingService.refusal(found);
        }
    }

    private static Map<String, Object> describe(LicenseRequest request, List<GroupLicense> before, GroupReconciler.Result result) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("added", request.add().stream().map(a -> Map.of("skuId", a.skuId().toString(),
                "disabledPlans", a.disabledPlans().stream().map(UUID::toString).sorted().toList())).toList());
        detail.put("removed", request.remove().stream().map(UUID::toString).toList());
        detail.put("before", before.stream().map(l -> l.skuId().toString()).toList());
        detail.put("memberRowsActive", result.activeRowsWritten());
        detail.put("memberRowsInError", result.errorRowsWritten());
        return detail;
    }

    /** The group's licenses after the change, and whether some members could not get them. */
    public record GroupLicensingResult(List<GroupLicense> licenses, boolean membersWithErrors) {
    }
}
