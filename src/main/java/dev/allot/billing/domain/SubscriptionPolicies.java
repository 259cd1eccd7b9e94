package dev.allot.billing.domain;

import java.util.Optional;

/** Rules for changing how many seats an organization pays for. */
public final class SubscriptionPolicies {

    public static final int MAX_QUANTITY = 10_000_000;

    private SubscriptionPolicies() {
    }

    /** Licenses in use must still fit in the usable seats after licenses are removed from a subscription. */
    public static Optional<String> removingLicensesKeepsEveryAssignedLicense(String product, SeatCounts after) {
        if (after.consumed() <= after.usable()) {
            return Optional.empty();
        }
        int excess = after.consumed() - after.usable();
        return Optional.of(after.consumed() + " licenses of " + product + " are assigned, and only " + after.usable()
                + " would remain. Unassign at least " + excess + " license" + (excess == 1 ? "" : "s") + " first, then remove them.");
    }

    /** A subscription that ends may not take away seats that users still hold. */
    public static Optional<String> endingKeepsEveryAssignedLicense(String product, SeatCounts after) {
        if (after.consumed() <= after.total()) {
            return Optional.empty();
        }
        int excess = after.consumed() - after.total();
        return Optional.of(after.consumed() + " licenses of " + product + " are assigned, and only " + after.total()
                + " would remain. Unassign at least " + excess + " license" + (excess == 1 ? "" : "s") + " first.");
    }

    public static Optional<String> quantityInRange(long quantity) {
        if (quantity < 0) {
            return Optional.of("A subscription's quantity cannot be negative.");
        }
        if (quantity > MAX_QUANTITY) {
            return Optional.of("A subscription holds at most " + MAX_QUANTITY + " licenses.");
        }
        return Optional.empty();
    }
}
