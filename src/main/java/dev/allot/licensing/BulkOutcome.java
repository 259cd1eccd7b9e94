package dev.allot.licensing;

import java.util.List;
import java.util.UUID;

import dev.allot.error.ErrorCode;

/**
 * What happened to one user of a bulk change: the products added and removed, or why nothing changed.
 * {@code skuId} is the product a refusal concerns, when it is known (null otherwise and on success).
 */
public record BulkOutcome(UUID userId, List<UUID> added, List<UUID> removed, ErrorCode error, String message, UUID skuId) {

    public static BulkOutcome success(UUID userId, List<UUID> added, List<UUID> removed) {
        return new BulkOutcome(userId, List.copyOf(added), List.copyOf(removed), null, null, null);
    }

    public static BulkOutcome failure(UUID userId, ErrorCode error, String message) {
        return failure(userId, error, message, null);
    }

    public static BulkOutcome failure(UUID userId, ErrorCode error, String message, UUID skuId) {
        return new BulkOutcome(userId, List.of(), List.of(), error, message, skuId);
    }

    public boolean succeeded() {
        return error == null;
    }

    public boolean changedNothing() {
        return succeeded() && added.isEmpty() && removed.isEmpty();
    }
}
