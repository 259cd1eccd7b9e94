package dev.allot.licensing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.allot.audit.Actor;
import dev.allot.error.AllotException;
import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import dev.allot.security.Permissions;

/**
 * The same licensing change for many users. Each user is one atomic operation of its own, so the users that
 * succeed are saved even when others fail, and every user gets a result with what was added and removed or the
 * reason it was refused.
 */
@Service
public class BulkLicensingService {

    public static final int MAX_USERS = 1000;

    private final LicensingService licensing;

    public BulkLicensingService(LicensingService licensing) {
        this.licensing = licensing;
    }

    /** products: skuId → plans to turn off (ignored for UNASSIGN and UNASSIGN_ALL). */
    public List<BulkOutcome> apply(UUID tenantId, Actor actor, List<UUID> userIds, BulkMode mode, Map<UUID, Set<UUID>> products) {
        return forEach(tenantId, actor, userIds, (direct, held) -> request(mode, products, direct, held));
    }

    /**
     * Manage product licenses with a tri-state box per product: each product of {@code add} (skuId → plans to
     * turn off) goes to the users who don't hold it yet, and each product of {@code remove} is taken from the
     * users who hold it. A user who already holds a product to add keeps it as it is, apps included. A product
     * to remove that a user holds only through a group is still named, so that the user's result says why it stays.
     */
    public List<BulkOutcome> change(UUID tenantId, Actor actor, List<UUID> userIds, Map<UUID, Set<UUID>> add, Set<UUID> remove) {
        if (!Collections.disjoint(add.keySet(), remove)) {
            throw AllotException.invalidValue("A product cannot be added and removed in the same change.");
        }
        return forEach(tenantId, actor, userIds, (direct, held) -> changeRequest(add, remove, held));
    }

    private List<BulkOutcome> forEach(UUID tenantId, Actor actor, List<UUID> userIds, RequestFor requestFor) {
        Permissions.requireManageLicenses(actor);
        if (userIds.isEmpty()) {
            throw AllotException.invalidValue("Select at least one user.");
        }
        if (userIds.size() > MAX_USERS) {
            throw AllotException.invalidValue("Select at most " + MAX_USERS + " users at once.");
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (UUID userId : new LinkedHashSet<>(userIds)) {
            outcomes.add(applyTo(tenantId, actor, userId, requestFor));
        }
        return outcomes;
    }

    private BulkOutcome applyTo(UUID tenantId, Actor actor, UUID userId, RequestFor requestFor) {
        LicenseRequest request = null;
        try {
            UserLicenses before = licensing.licenses(tenantId, userId);
            Set<UUID> direct = new LinkedHashSet<>();
            before.assignments().stream().filter(Assignment::isDirect).forEach(a -> direct.add(a.skuId()));
            Set<UUID> heldBefore = Set.copyOf(before.effective().heldSkus());
            request = requestFor.request(direct, heldBefore);
            if (request.isEmpty()) {
                return BulkOutcome.success(userId, List.of(), List.of());
            }
            UserLicenses after = licensing.assignLicense(tenantId, actor, userId, request);
            List<UUID> added = after.effective().heldSkus().stream().filter(s -> !heldBefore.contains(s)).toList();
            List<UUID> removed = heldBefore.stream().filter(s -> !after.effective().holds(s)).toList();
            return BulkOutcome.success(userId, added, removed);
        } catch (AllotException e) {
            return BulkOutcome.failure(userId, e.code(), e.getMessage(), concerned(e, request));
        }
    }

    /** The product a refusal is about: the one its details name, or the only product the request touched. */
    static UUID concerned(AllotException e, LicenseRequest request) {
        for (AllotException.Detail detail : e.details()) {
            try {
                if (detail.target() != null) {
                    return UUID.fromString(detail.target());
                }
            } catch (IllegalArgumentException notAProduct) {
                // a detail about something else
            }
        }
        if (request == null) {
            return null;
        }
        Set<UUID> touched = new LinkedHashSet<>(request.remove());
        request.add().forEach(a -> touched.add(a.skuId()));
        return touched.size() == 1 ? touched.iterator().next() : null;
    }

    /**
     * Unassigning a chosen product names it even when only a group gives it, so that the user's result says
     * why it stays; unassigning all removes what was assigned directly and leaves group licenses to the groups.
     */
    static LicenseRequest request(BulkMode mode, Map<UUID, Set<UUID>> products, Set<UUID> direct, Set<UUID> held) {
        return switch (mode) {
            case ASSIGN_MORE -> new LicenseRequest(adds(products), List.of());
            case REPLACE -> new LicenseRequest(adds(products), direct.stream().filter(s -> !products.containsKey(s)).toList());
            case UNASSIGN_ALL -> new LicenseRequest(List.of(), List.copyOf(direct));
            case UNASSIGN -> new LicenseRequest(List.of(), products.keySet().stream().filter(held::contains).toList());
        };
    }

    static LicenseRequest changeRequest(Map<UUID, Set<UUID>> add, Set<UUID> remove, Set<UUID> held) {
        List<AddLicense> adds = add.entrySet().stream().filter(e -> !held.contains(e.getKey()))
                .map(e -> new AddLicense(e.getKey(), e.getValue())).toList();
        return new LicenseRequest(adds, remove.stream().filter(held::contains).toList());
    }

    private static List<AddLicense> adds(Map<UUID, Set<UUID>> products) {
        return products.entrySet().stream().map(e -> new AddLicense(e.getKey(), e.getValue())).toList();
    }

    /** The request for one user, from the products they hold directly and all they hold. */
    @FunctionalInterface
    private interface RequestFor {
        LicenseRequest request(Set<UUID> direct, Set<UUID> held);
    }
}
