package dev.allot.billing;

import java.util.List;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.Subscription;
import dev.allot.catalog.domain.ServicePlan;

/** A subscription as read for display: itself, its product's seat counts (all subscriptions together), its plans. */
public record SubscriptionView(Subscription subscription, SeatCounts productSeats, List<ServicePlan> plans) {
}
