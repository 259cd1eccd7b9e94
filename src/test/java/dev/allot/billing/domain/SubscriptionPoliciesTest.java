package dev.allot.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The refusals admins read when licenses in use would lose their seats: the numbers must add up exactly. */
class SubscriptionPoliciesTest {

    /** Enabled, Warning, Suspended, LockedOut units after the change, and the licenses assigned. */
    private static SeatCounts after(int enabled, int warning, int suspended, int lockedOut, int consumed) {
        return new SeatCounts(enabled, warning, suspended, lockedOut, consumed);
    }

    @Test
    void removing_down_to_exactly_what_is_assigned_is_allowed() {
        assertThat(SubscriptionPolicies.removingLicensesKeepsEveryAssignedLicense("Office 365 E3", 2, after(8, 0, 0, 0, 8))).isEmpty();
    }

    @Test
    void removing_below_what_is_assigned_says_how_many_to_unassign_and_how_many_can_go_now() {
        assertThat(SubscriptionPolicies.removingLicensesKeepsEveryAssignedLicense("Office 365 E3", 5, after(5, 0, 0, 0, 8)))
                .contains("8 licenses of Office 365 E3 are assigned, and removing 5 would leave 5 usable. "
                        + "Unassign at least 3 licenses first, or remove at most 2 now.");
    }

    @Test
    void when_nothing_can_be_removed_now_the_refusal_only_asks_to_unassign() {
        assertThat(SubscriptionPolicies.removingLicensesKeepsEveryAssignedLicense("Visio Plan 2", 1, after(2, 0, 0, 0, 3)))
                .contains("3 licenses of Visio Plan 2 are assigned, and removing 1 would leave 2 usable. Unassign at least 1 license first.");
    }

    @Test
    void warning_units_are_usable_and_suspended_ones_are_not() {
        assertThat(SubscriptionPolicies.removingLicensesKeepsEveryAssignedLicense("E3", 4, after(3, 2, 0, 0, 5))).isEmpty();
        assertThat(SubscriptionPolicies.removingLicensesKeepsEveryAssignedLicense("E3", 4, after(3, 0, 2, 0, 5)))
                .contains("5 licenses of E3 are assigned, and removing 4 would leave 3 usable. Unassign at least 2 licenses first, "
                        + "or remove at most 2 now.");
    }

    @Test
    void deleting_may_not_leave_assigned_licenses_without_seats_but_suspended_seats_still_hold_them() {
        assertThat(SubscriptionPolicies.endingKeepsEveryAssignedLicense("E3", after(0, 0, 4, 1, 5))).isEmpty();
        assertThat(SubscriptionPolicies.endingKeepsEveryAssignedLicense("E3", after(3, 0, 0, 0, 4)))
                .contains("4 licenses of E3 are assigned, and only 3 would remain without this subscription. Unassign at least 1 license first.");
    }

    @Test
    void a_quantity_is_between_0_and_ten_million() {
        assertThat(SubscriptionPolicies.quantityInRange(0)).isEmpty();
        assertThat(SubscriptionPolicies.quantityInRange(10_000_000)).isEmpty();
        assertThat(SubscriptionPolicies.quantityInRange(10_000_001)).isPresent();
        assertThat(SubscriptionPolicies.quantityInRange(-1)).isPresent();
    }
}
