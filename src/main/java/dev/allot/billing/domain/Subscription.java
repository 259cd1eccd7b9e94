package dev.allot.billing.domain;

import java.time.Instant;
import java.util.UUID;

/** A purchase backing a product: a number of seats for a period, in a lifecycle state. */
public record Subscription(UUID id, UUID skuId, String skuPartNumber, String productName, int quantity,
        SubscriptionStatus status, boolean trial, Instant startDate, Instant endDate, Instant createdAt) {
}
