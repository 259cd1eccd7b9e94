package dev.allot.billing;

import java.util.List;
import java.util.UUID;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.Subscription;
import dev.allot.billing.domain.SubscriptionStatus;

/** A product an organization subscribes to, with its seats and subscriptions, as admins see it. */
public record ProductSummary(UUID skuId, String skuPartNumber, String displayName, String appliesTo, SeatCounts seats,
        List<Subscription> subscriptions) {

    public boolean runningOut() {
        return seats.usable() > 0 && seats.available() <= Math.max(1, seats.usable() / 10);
    }

    public boolean noneLeft() {
        return seats.available() == 0;
    }

    public boolean inGracePeriod() {
        return subscriptions.stream().anyMatch(s -> s.status() == SubscriptionStatus.Warning);
    }

    public int percentUsed() {
        return seats.usable() == 0 ? 100 : Math.min(100, seats.consumed() * 100 / seats.usable());
    }
}
