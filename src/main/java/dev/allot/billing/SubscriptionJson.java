package dev.allot.billing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.Subscription;
import dev.allot.billing.domain.SubscriptionStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A subscription as the admin API shows it. */
@Schema(name = "Subscription")
public record SubscriptionJson(UUID id, UUID skuId, String skuPartNumber, String productName, int quantity,
        SubscriptionStatus status, boolean trial, Instant startDate, Instant endDate, Instant createdDateTime,
        @Schema(description = "The seats of this subscription's product, over all of its subscriptions") ProductLicensesJson productLicenses) {

    static SubscriptionJson of(SubscriptionView view) {
        Subscription s = view.subscription();
        return new SubscriptionJson(s.id(), s.skuId(), s.skuPartNumber(), s.productName(), s.quantity(), s.status(), s.trial(),
                seconds(s.startDate()), seconds(s.endDate()), seconds(s.createdAt()), ProductLicensesJson.of(view.productSeats()));
    }

    static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** consumed: assigned to users; usable: of Enabled and Warning subscriptions; available: usable and not assigned. */
    @Schema(name = "ProductLicenses")
    public record ProductLicensesJson(int consumed, int usable, int available) {
        static ProductLicensesJson of(SeatCounts seats) {
            return new ProductLicensesJson(seats.consumed(), seats.usable(), seats.available());
        }
    }
}
