package dev.allot.billing.domain;

import java.util.List;
import java.util.UUID;

import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.licensing.domain.CapabilityStatus;

/** A product an organization subscribes to, as Graph's subscribedSku shows it: seats by state, plans, subscriptions. */
public record SubscribedSku(UUID skuId, String skuPartNumber, AppliesTo appliesTo, CapabilityStatus capabilityStatus,
        SeatCounts units, List<ServicePlan> servicePlans, List<UUID> subscriptionIds) {

    public SubscribedSku {
        servicePlans = List.copyOf(servicePlans);
        subscriptionIds = List.copyOf(subscriptionIds);
    }
}
