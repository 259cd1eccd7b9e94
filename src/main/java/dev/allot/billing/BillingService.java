package dev.allot.billing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.Subscription;
import dev.allot.billing.domain.SubscriptionPolicies;
import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.catalog.CatalogReferences;
import dev.allot.catalog.domain.Product;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.GroupLicensingService;
import dev.allot.licensing.LicenseEvents;
import dev.allot.security.Permissions;
import dev.allot.tenant.TenantStore;

/** Subscriptions: subscribe to a product, buy more, remove licenses, move through the lifecycle. */
@Service
public class BillingService {

    private final SubscriptionStore subscriptions;
    private final CatalogReferences catalog;
    private final TenantStore tenants;
    private final AuditLog audit;
    private final LicenseEvents events;
    private final GroupLicensingService groupLicensing;

    public BillingService(SubscriptionStore subscriptions, CatalogReferences catalog, TenantStore tenants, AuditLog audit,
            LicenseEvents events, GroupLicensingService groupLicensing) {
        this.groupLicensing = groupLicensing;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.tenants = tenants;
        this.audit = audit;
        this.events = events;
    }

    /** A new subscription to a catalog product (skuId or skuPartNumber). */
    @Transactional
    public Subscription subscribe(UUID tenantId, Actor actor, NewSubscription draft) {
        Permissions.requireManageBilling(actor);
        SubscriptionPolicies.quantityInRange(draft.quantity()).ifPresent(BillingService::invalid);
        if (draft.status() == SubscriptionStatus.Deleted) {
            invalid("A new subscription cannot start Deleted; use Enabled, Warning, Suspended or LockedOut.");
        }
        Instant start = draft.startDate() == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : draft.startDate();
        Instant end = draft.endDate() == null ? start.plus(365, ChronoUnit.DAYS) : draft.endDate();
        if (!end.isAfter(start)) {
            invalid("endDate must be after startDate.");
        }
        Product product = catalog.product(tenantId, draft.product());
        subscriptions.ensureTenantSku(tenantId, product);
        int consumed = subscriptions.lockSeats(tenantId, product.skuId());
        UUID id = UUID.randomUUID();
        SubscriptionStatus status = draft.status() == null ? SubscriptionStatus.Enabled : draft.status();
        subscriptions.insert(tenantId, id, product.skuId(), draft.quantity(), status, draft.trial(), start, end);
        recount(tenantId, product.skuId(), consumed);
        Subscription created = subscriptions.find(tenantId, id).orElseThrow();
        audit.success(tenantId, actor, "subscription.create", "subscription", id, describe(created));
        return created;
    }

    @Transactional
    public Subscription buyMore(UUID tenantId, Actor actor, UUID subscriptionId, int licenses) {
        Permissions.requireManageBilling(actor);
        if (licenses < 1) {
            invalid("Buy at least 1 license.");
        }
        Subscription before = changeableSubscription(tenantId, subscriptionId);
        SubscriptionPolicies.quantityInRange((long) before.quantity() + licenses).ifPresent(BillingService::invalid);
        return change(tenantId, actor, before, before.quantity() + licenses, before.status(), before.endDate(), "subscription.buyMore");
    }

    @Transactional
    public Subscription removeLicenses(UUID tenantId, Actor actor, UUID subscriptionId, int licenses) {
        Permissions.requireManageBilling(actor);
        if (licenses < 1) {
            invalid("Remove at least 1 license.");
        }
        Subscription before = changeableSubscription(tenantId, subscriptionId);
        if (licenses > before.quantity()) {
            invalid("Subscription " + subscriptionId + " has " + before.quantity() + " licenses; " + licenses + " cannot be removed.");
        }
        return change(tenantId, actor, before, before.quantity() - licenses, before.status(), before.endDate(), "subscription.removeLicenses");
    }

    /** Moves the subscription through its lifecycle and/or to a new end date; null keeps what it is. */
    @Transactional
    public Subscription changeStatus(UUID tenantId, Actor actor, UUID subscriptionId, SubscriptionStatus status, Instant endDate) {
        Permissions.requireManageBilling(actor);
        Subscription before = changeableSubscription(tenantId, subscriptionId);
        Instant end = endDate == null ? before.endDate() : endDate;
        if (end != null && !end.isAfter(before.startDate())) {
            invalid("endDate must be after the subscription's startDate, " + before.startDate() + ".");
        }
        return change(tenantId, actor, before, before.quantity(), status == null ? before.status() : status, end, "subscription.update");
    }

    public List<Subscription> subscriptions(UUID tenantId, Actor actor) {
        Permissions.requireRead(actor);
        return subscriptions.all(tenantId);
    }

    public Subscription subscription(UUID tenantId, Actor actor, UUID subscriptionId) {
        Permissions.requireRead(actor);
        return subscription(tenantId, subscriptionId);
    }

    private Subscription subscription(UUID tenantId, UUID subscriptionId) {
        return subscriptions.find(tenantId, subscriptionId)
                .orElseThrow(() -> AllotException.notFound("Subscription " + subscriptionId + " does not exist."));
    }

    private Subscription change(UUID tenantId, Actor actor, Subscription before, int quantity, SubscriptionStatus status,
            Instant end, String action) {
        int consumed = subscriptions.lockSeats(tenantId, before.skuId());
        Subscription after = new Subscription(before.id(), before.skuId(), before.skuPartNumber(), before.productName(), quantity,
                status, before.trial(), before.startDate(), end, before.createdAt());
        SeatCounts counts = countsWith(tenantId, after, consumed);
        refusal(before, after, counts).ifPresent(message -> {
            throw new AllotException(ErrorCode.QUANTITY_BELOW_IN_USE, message);
        });
        subscriptions.update(tenantId, before.id(), quantity, status, end);
        subscriptions.writeUnits(tenantId, before.skuId(), counts);
        if (status != before.status()) {
            tenants.bumpConfigVersion(tenantId);
            events.tenantChanged(tenantId);
        }
        // members of licensed groups waiting for a seat get the ones just bought or brought back, oldest first
        groupLicensing.seatsAvailable(tenantId, List.of(before.skuId()));
        Subscription saved = subscriptions.find(tenantId, before.id()).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", describe(before));
        detail.put("after", describe(saved));
        audit.success(tenantId, actor, action, "subscription", before.id(), detail);
        return saved;
    }

    /** The product's seat counts as they would be with this subscription changed. */
    private SeatCounts countsWith(UUID tenantId, Subscription changed, int consumed) {
        List<Subscription> all = new ArrayList<>(subscriptions.ofSku(tenantId, changed.skuId()).stream()
                .filter(s -> !s.id().equals(changed.id())).toList());
        all.add(changed);
        return SeatCounts.of(all, consumed);
    }

    private static Optional<String> refusal(Subscription before, Subscription after, SeatCounts counts) {
        int removing = before.quantity() - after.quantity();
        return removing > 0
                ? SubscriptionPolicies.removingLicensesKeepsEveryAssignedLicense(before.productName(), removing, counts)
                : SubscriptionPolicies.endingKeepsEveryAssignedLicense(before.productName(), counts);
    }

    private void recount(UUID tenantId, UUID skuId, int consumed) {
        subscriptions.writeUnits(tenantId, skuId, SeatCounts.of(subscriptions.ofSku(tenantId, skuId), consumed));
        tenants.bumpConfigVersion(tenantId);
        events.tenantChanged(tenantId);
        groupLicensing.seatsAvailable(tenantId, List.of(skuId));
    }

    /** Reads the subscription after locking its product's seat counter, so concurrent changes apply one after another. */
    private Subscription lockedSubscription(UUID tenantId, UUID subscriptionId) {
        Subscription unlocked = subscription(tenantId, subscriptionId);
        subscriptions.lockSeats(tenantId, unlocked.skuId());
        return subscriptions.find(tenantId, subscriptionId).orElseThrow();
    }

    /** A locked subscription that is not deleted: Deleted is the end of the lifecycle, as in Microsoft 365. */
    private Subscription changeableSubscription(UUID tenantId, UUID subscriptionId) {
        Subscription subscription = lockedSubscription(tenantId, subscriptionId);
        if (subscription.status() == SubscriptionStatus.Deleted) {
            invalid("Subscription " + subscriptionId + " is deleted and cannot change; start a new subscription instead.");
        }
        return subscription;
    }

    private static Map<String, Object> describe(Subscription s) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("skuId", s.skuId().toString());
        d.put("skuPartNumber", s.skuPartNumber());
        d.put("quantity", s.quantity());
        d.put("status", s.status().name());
        d.put("endDate", s.endDate() == null ? null : s.endDate().toString());
        return d;
    }

    private static void invalid(String message) {
        throw AllotException.invalidValue(message);
    }

    /** What a new subscription is for. product is a skuId or a skuPartNumber. */
    public record NewSubscription(String product, int quantity, SubscriptionStatus status, boolean trial, Instant startDate,
            Instant endDate) {
    }
}
