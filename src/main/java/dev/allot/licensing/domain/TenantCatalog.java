package dev.allot.licensing.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ServicePlan;

/**
 * What one organization can license: its subscribed products with their plans and status, and its rules.
 * An immutable snapshot, cached per configuration version.
 */
public final class TenantCatalog {

    private final UUID tenantId;
    private final long version;
    private final String defaultUsageLocation;
    private final Map<UUID, SubscribedProduct> products;
    private final List<LicensingRule> rules;
    private final Map<UUID, ServicePlan> plans;

    public TenantCatalog(UUID tenantId, long version, String defaultUsageLocation, List<SubscribedProduct> products,
            List<LicensingRule> rules) {
        this.tenantId = tenantId;
        this.version = version;
        this.defaultUsageLocation = defaultUsageLocation;
        this.products = products.stream().collect(Collectors.toUnmodifiableMap(p -> p.product().skuId(), Function.identity()));
        this.rules = List.copyOf(rules);
        this.plans = products.stream().flatMap(p -> p.product().plans().stream())
                .collect(Collectors.toUnmodifiableMap(ServicePlan::id, Function.identity(), (a, b) -> a));
    }

    public UUID tenantId() {
        return tenantId;
    }

    public long version() {
        return version;
    }

    public String defaultUsageLocation() {
        return defaultUsageLocation;
    }

    public Optional<SubscribedProduct> product(UUID skuId) {
        return Optional.ofNullable(products.get(skuId));
    }

    public java.util.Collection<SubscribedProduct> products() {
        return products.values();
    }

    public List<LicensingRule> rules() {
        return rules;
    }

    /** A plan's name for messages; the id itself when no subscribed product has it. */
    public String planName(UUID planId) {
        ServicePlan plan = plans.get(planId);
        return plan == null ? planId.toString() : plan.name();
    }

    public String productName(UUID skuId) {
        SubscribedProduct p = products.get(skuId);
        return p == null ? skuId.toString() : p.product().skuPartNumber();
    }

    public record SubscribedProduct(Product product, CapabilityStatus status) {
    }
}
