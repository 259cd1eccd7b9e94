package dev.allot.licensing.domain;

/** Graph's capabilityStatus of a subscribed product, derived from its subscriptions. */
public enum CapabilityStatus {
    Enabled, Warning, Suspended, LockedOut, Deleted;

    /** Whether users holding a product in this state may use its service plans. */
    public boolean grantsService() {
        return this == Enabled || this == Warning;
    }
}
