package dev.allot.billing.domain;

import java.util.Optional;

/** Rules for changing how many seats an organization pays for. */
public final class SubscriptionPolicies {

    public static final int MAX_QUANTITY = 10_000_000;

    private SubscriptionPolicies() {
    }

    /**
     * Licenses in use must still fit in the usable seats after licenses are removed from a subscription. The
     * refusal says how many to unassign first, and how many could be removed right away instead.
     */
    public static Optional<String> removingLicensesKeepsEveryAssignedLicense(String product, int removing, SeatCounts after) {
        if (after.consumed() <= after.usable()) {
            return Optional.empty();
        }
        int excess = after.consumed() - after.usable();
        int removableNow = removing - excess;
        return Optional.of(licenses(after.consumed()) + " of " + product + " are assigned, and removing " + removing
                + " would leave " + after.usable() + " usable. Unassign at least " + licenses(excess) + " first"
                + (removableNow > 0 ? ", or remove at most " + removableNow + " now." : "."));
    }

    /** A subscription that ends (is deleted) may not take away seats that users still hold. */
    public static Optional<String> endingKeepsEveryAssignedLicense(String product, SeatCounts after) {
        if (after.consumed() <= after.total()) {
            return Optional.empty();
        }
        int excess = after.consumed() - after.total();
        return Optional.of(licenses(after.consumed()) + " of " + product + " are assigned, and only " + after.total()
                + " would remain without this subscription. Unassign at least " + licenses(excess) + " first.");
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

    private static String licenses(int n) {
        return n + (n == 1 ? " license" : " licenses");
    }
}
