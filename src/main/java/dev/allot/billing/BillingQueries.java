package dev.allot.billing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.Subscription;
import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.error.AllotException;
import dev.allot.licensing.TenantCatalogs;
import dev.allot.licensing.domain.TenantCatalog;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;
import dev.allot.security.Permissions;

/**
 * What an organization has bought, as read by admins and by Graph: subscriptions with their product's seats and
 * plans, and the subscribed products. Plans and capability status come from the licensing snapshot, so they are
 * exactly what license assignment sees.
 */
@Service
public class BillingQueries {

    private final SubscriptionStore subscriptions;
    private final TenantCatalogs catalogs;

    public BillingQueries(SubscriptionStore subscriptions, TenantCatalogs catalogs) {
        this.subscriptions = subscriptions;
        this.catalogs = catalogs;
    }

    @Transactional(readOnly = true)
    public List<SubscriptionView> subscriptions(UUID tenantId, Actor actor) {
        Permissions.requireRead(actor);
        Map<UUID, SeatCounts> seats = subscriptions.seatCounts(tenantId);
        TenantCatalog catalog = catalogs.current(tenantId);
        return subscriptions.all(tenantId).stream().map(s -> view(s, seats, catalog)).toList();
    }

    @Transactional(readOnly = true)
    public SubscriptionView subscription(UUID tenantId, Actor actor, UUID subscriptionId) {
        Permissions.requireRead(actor);
        Subscription subscription = subscriptions.find(tenantId, subscriptionId)
                .orElseThrow(() -> AllotException.notFound("Subscription " + subscriptionId + " does not exist."));
        return view(subscription, subscriptions.seatCounts(tenantId), catalogs.current(tenantId));
    }

    @Transactional(readOnly = true)
    public List<ProductLicenses> products(UUID tenantId, Actor actor) {
        Permissions.requireRead(actor);
        Map<UUID, SeatCounts> seats = subscriptions.seatCounts(tenantId);
        return catalogs.current(tenantId).products().stream()
                .map(p -> new ProductLicenses(p.product(), p.status(), seats.getOrDefault(p.product().skuId(), SeatCounts.NONE)))
                .sorted(Comparator.comparing((ProductLicenses p) -> p.product().displayName()).thenComparing(p -> p.product().skuId()))
                .toList();
    }

    private static SubscriptionView view(Subscription subscription, Map<UUID, SeatCounts> seats, TenantCatalog catalog) {
        List<ServicePlan> plans = catalog.product(subscription.skuId()).map(SubscribedProduct::product)
                .map(Product::plans).orElse(List.of());
        return new SubscriptionView(subscription, seats.getOrDefault(subscription.skuId(), SeatCounts.NONE), plans);
    }
}
