package dev.allot.catalog.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A product (SKU) with the service plans it bundles. */
public record Product(UUID skuId, String skuPartNumber, String displayName, AppliesTo appliesTo, List<ServicePlan> plans) {

    public Product {
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(skuPartNumber, "skuPartNumber");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(appliesTo, "appliesTo");
        plans = List.copyOf(plans);
    }

    public Optional<ServicePlan> plan(UUID servicePlanId) {
        return plans.stream().filter(p -> p.id().equals(servicePlanId)).findFirst();
    }

    public boolean hasPlan(UUID servicePlanId) {
        return plan(servicePlanId).isPresent();
    }
}
