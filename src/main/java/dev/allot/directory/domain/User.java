package dev.allot.directory.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person in an organization's directory. */
public record User(UUID id, String userPrincipalName, String displayName, String givenName, String surname, String mail,
        String mailNickname, String jobTitle, String department, String companyName, String mobilePhone,
        String officeLocation, String preferredLanguage, List<String> businessPhones, String usageLocation,
        boolean accountEnabled, Instant createdDateTime) {

    public User {
        businessPhones = businessPhones == null ? List.of() : List.copyOf(businessPhones);
    }
}
