package dev.allot.billing;

import java.util.UUID;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.catalog.domain.AppliesTo;
import dev.allot.licensing.domain.CapabilityStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A subscribed product with its seats, named as Graph's subscribedSku names them. */
@Schema(name = "SubscribedProduct")
public record SubscribedProductJson(UUID skuId, String skuPartNumber, String productName, AppliesTo appliesTo,
        CapabilityStatus capabilityStatus, PrepaidUnitsJson prepaidUnits, int consumedUnits, int usableUnits, int availableUnits) {

    static SubscribedProductJson of(ProductLicenses p) {
        SeatCounts seats = p.seats();
        return new SubscribedProductJson(p.product().skuId(), p.product().skuPartNumber(), p.product().displayName(),
                p.product().appliesTo(), p.capabilityStatus(), PrepaidUnitsJson.of(seats), seats.consumed(), seats.usable(),
                seats.available());
    }

    /** Prepaid units by the state of the subscriptions holding them (Graph's licenseUnitsDetail). */
    @Schema(name = "PrepaidUnits")
    public record PrepaidUnitsJson(int enabled, int warning, int suspended, int lockedOut) {
        static PrepaidUnitsJson of(SeatCounts seats) {
            return new PrepaidUnitsJson(seats.enabled(), seats.warning(), seats.suspended(), seats.lockedOut());
        }
    }
}
