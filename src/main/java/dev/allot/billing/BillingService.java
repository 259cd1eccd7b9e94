package dev.allot.billing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import dev.allot.catalog.CatalogStore;
import dev.allot.catalog.domain.Product;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.LicenseEvents;
import dev.allot.security.Permissions;
import dev.allot.tenant.TenantStore;

/** Subscriptions: subscribe to a product, buy more, remove licenses, move through the lifecycle. */
@Service
public class BillingService {

    private final SubscriptionStore subscriptions;
    private final CatalogStore catalog;
    private final TenantStore tenants;
    private final AuditLog audit;
    private final LicenseEvents events;

    public BillingService(SubscriptionStore subscriptions, CatalogStore catalog, TenantStore tenants, AuditLog audit,
            LicenseEvents events) {
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
        Product product = resolveProduct(tenantId, draft.product());
        SubscriptionPolicies.quantityInRange(draft.quantity()).ifPresent(BillingService::invalid);
        Instant start = draft.startDate() == null ? Instant.now().truncatedTo(ChronoUnit.SECONDS) : draft.startDate();
        Instant end = draft.endDate() == null ? start.plus(365, ChronoUnit.DAYS) : draft.endDate();
        if (!end.isAfter(start)) {
            invalid("endDate must be after startDate.");
        }
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
        Subscription before = lockedSubscription(tenantId, subscriptionId);
        if (before.status() == SubscriptionStatus.Deleted) {
            invalid("Subscription " + subscriptionId + " is deleted; start a new subscription instead.");
        }
        SubscriptionPolicies.quantityInRange((long) before.quantity() + licenses).ifPresent(BillingService::invalid);
        return change(tenantId, actor, before, before.quantity() + licenses, before.status(), before.endDate(), "subscription.buyMore");
    }

    @Transactional
    public Subscription removeLicenses(UUID tenantId, Actor actor, UUID subscriptionId, int licenses) {
        Permissions.requireManageBilling(actor);
        if (licenses < 1) {
            invalid("Remove at least 1 license.");
        }
        Subscription before = lockedSubscription(tenantId, subscriptionId);
        if (licenses > before.quantity()) {
            invalid("Subscription " + subscriptionId + " has " + before.quantity() + " licenses; " + licenses + " cannot be removed.");
        }
        return change(tenantId, actor, before, before.quantity() - licenses, before.status(), before.endDate(), "subscription.removeLicenses");
    }

    @Transactional
    public Subscription changeStatus(UUID tenantId, Actor actor, UUID subscriptionId, SubscriptionStatus status, Instant endDate) {
        Permissions.requireManageBilling(actor);
        Subscription before = lockedSubscription(tenantId, subscriptionId);
        return change(tenantId, actor, before, before.quantity(), status, endDate == null ? before.endDate() : endDate, "subscription.update");
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
        List<Subscription> others = subscriptions.ofSku(tenantId, before.skuId()).stream()
                .filter(s -> !s.id().equals(before.id())).toList();
        Subscription after = new Subscription(before.id(), before.skuId(), before.skuPartNumber(), before.productName(), quantity,
                status, before.trial(), before.startDate(), end, before.createdAt());
        List<Subscription> all = new java.util.ArrayList<>(others);
        all.add(after);
        SeatCounts counts = SeatCounts.of(all, consumed);
        Optional<String> refusal = quantity < before.quantity()
                ? SubscriptionPolicies.removingLicensesKeepsEveryAssignedLicense(before.productName(), counts)
                : SubscriptionPolicies.endingKeepsEveryAssignedLicense(before.productName(), counts);
        refusal.ifPresent(message -> {
            throw new AllotException(ErrorCode.QUANTITY_BELOW_IN_USE, message);
        });
        subscriptions.update(tenantId, before.id(), quantity, status, end);
        subscriptions.writeUnits(tenantId, before.skuId(), counts);
        if (status != before.status()) {
            tenants.bumpConfigVersion(tenantId);
            events.tenantChanged(tenantId);
        }
        Subscription saved = subscriptions.find(tenantId, before.id()).orElseThrow();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("before", describe(before));
        detail.put("after", describe(saved));
        audit.success(tenantId, actor, action, "subscription", before.id(), detail);
        return saved;
    }

    private void recount(UUID tenantId, UUID skuId, int consumed) {
        subscriptions.writeUnits(tenantId, skuId, SeatCounts.of(subscriptions.ofSku(tenantId, skuId), consumed));
        tenants.bumpConfigVersion(tenantId);
        events.tenantChanged(tenantId);
    }

    /** Reads the subscription after locking its product's seat counter, so concurrent changes apply one after another. */
    private Subscription lockedSubscription(UUID tenantId, UUID subscriptionId) {
        Subscription unlocked = subscription(tenantId, subscriptionId);
        subscriptions.lockSeats(tenantId, unlocked.skuId());
        return subscriptions.find(tenantId, subscriptionId).orElseThrow();
    }

    private Product resolveProduct(UUID tenantId, String product) {
        if (product == null || product.isBlank()) {
            invalid("Name the product by skuId or skuPartNumber.");
        }
        try {
            UUID skuId = UUID.fromString(product.strip());
            return catalog.find(tenantId, skuId)
                    .orElseThrow(() -> AllotException.notFound("The catalog has no product with skuId " + skuId + "."));
        } catch (IllegalArgumentException notAGuid) {
            List<Product> matches = catalog.findByPartNumber(tenantId, product.strip());
            if (matches.isEmpty()) {
                throw AllotException.notFound("The catalog has no product with skuPartNumber " + product.strip() + ".");
            }
            if (matches.size() > 1) {
                invalid("skuPartNumber " + product.strip() + " names " + matches.size() + " products ("
                        + matches.stream().map(p -> p.skuId().toString()).toList() + "); use the skuId.");
            }
            return matches.get(0);
        }
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
