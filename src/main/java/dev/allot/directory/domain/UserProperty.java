package dev.allot.directory.domain;

import java.util.Arrays;
import java.util.Optional;

/** The user properties Allot stores and lets clients write, by their Graph names. */
public enum UserProperty {
    userPrincipalName(true), displayName(true), givenName(true), surname(true), mail(true), mailNickname(true),
    jobTitle(true), department(true), companyName(true), mobilePhone(true), officeLocation(true),
    preferredLanguage(true), businessPhones(true), usageLocation(true), accountEnabled(true),
    id(false), createdDateTime(false);

    private final boolean writable;

    UserProperty(boolean writable) {
        this.writable = writable;
    }

    public boolean writable() {
        return writable;
    }

    public static Optional<UserProperty> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
