package dev.allot.billing.domain;

/** The lifecycle of a subscription: Warning is expired but in its grace period. */
public enum SubscriptionStatus {
    Enabled, Warning, Suspended, LockedOut, Deleted;

    public static SubscriptionStatus parse(String value) {
        for (SubscriptionStatus s : values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be one of Enabled, Warning, Suspended, LockedOut, Deleted; got '" + value + "'");
    }

    /** Licenses of a subscription in this state can be used, and new ones assigned. */
    public boolean usable() {
        return this == Enabled || this == Warning;
    }
}
