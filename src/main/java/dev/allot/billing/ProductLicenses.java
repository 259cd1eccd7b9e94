package dev.allot.billing;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.catalog.domain.Product;
import dev.allot.licensing.domain.CapabilityStatus;

/** A product the organization subscribes to, with its seats over all its subscriptions (Graph's subscribedSku). */
public record ProductLicenses(Product product, CapabilityStatus capabilityStatus, SeatCounts seats) {
}
