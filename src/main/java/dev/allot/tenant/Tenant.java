package dev.allot.tenant;

import java.time.Instant;
import java.util.UUID;

/** An organization. */
public record Tenant(UUID id, String displayName, String defaultUsageLocation, boolean partner, long configVersion,
        Instant createdAt) {
}
