package dev.allot.licensing.domain;

import java.util.UUID;

/** What the licensing rules need to know of a user. usageLocation may be null. */
public record Licensee(UUID userId, String usageLocation) {
}
