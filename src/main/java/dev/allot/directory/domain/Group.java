package dev.allot.directory.domain;

import java.time.Instant;
import java.util.UUID;

/** A group of users; groups will carry licenses for their members. */
public record Group(UUID id, String displayName, String description, String mailNickname, boolean mailEnabled,
        boolean securityEnabled, Instant createdDateTime, String licenseProcessingState) {

    public Group(UUID id, String displayName, String description, String mailNickname, boolean mailEnabled, boolean securityEnabled,
            Instant createdDateTime) {
        this(id, displayName, description, mailNickname, mailEnabled, securityEnabled, createdDateTime, "ProcessingComplete");
    }
}
