package dev.allot.billing.domain;

import java.util.Collection;

/**
 * A product's prepaid units by subscription state (Graph's licenseUnitsDetail) and the units consumed.
 * Usable units are those of Enabled and Warning subscriptions: assigned licenses work, new ones can be given.
 */
public record SeatCounts(int enabled, int warning, int suspended, int lockedOut, int consumed) {

    public static final SeatCounts NONE = new SeatCounts(0, 0, 0, 0, 0);

    public static SeatCounts of(Collection<Subscription> subscriptions, int consumed) {
        int enabled = 0;
        int warning = 0;
        int suspended = 0;
        int lockedOut = 0;
        for (Subscription s : subscriptions) {
            switch (s.status()) {
                case Enabled -> enabled += s.quantity();
                case Warning -> warning += s.quantity();
                case Suspended -> suspended += s.quantity();
                case LockedOut -> lockedOut += s.quantity();
                case Deleted -> { }
            }
        }
        return new SeatCounts(enabled, warning, suspended, lockedOut, consumed);
    }

    public int usable() {
        return enabled + warning;
    }

    public int total() {
        return enabled + warning + suspended + lockedOut;
    }

    public int available() {
        return Math.max(0, usable() - consumed);
    }
}
