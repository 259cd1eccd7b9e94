package dev.allot.licensing.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One source of a product for a user: a direct assignment ({@code groupId == null}) or one inherited from a
 * group. A user holding a product through several sources uses one seat.
 */
public record Assignment(UUID skuId, UUID groupId, Set<UUID> disabledPlans, AssignmentState state,
        AssignmentError error, Instant assignedAt, Instant lastUpdatedAt) {

    public Assignment {
        Objects.requireNonNull(skuId, "skuId");
        disabledPlans = Set.copyOf(disabledPlans);
        Objects.requireNonNull(state, "state");
    }

    public static Assignment direct(UUID skuId, Set<UUID> disabledPlans, Instant now) {
        return new Assignment(skuId, null, disabledPlans, AssignmentState.Active, null, now, now);
    }

    public boolean isDirect() {
        return groupId == null;
    }

    public boolean holdsLicense() {
        return state.holdsLicense();
    }

    public Assignment withDisabledPlans(Set<UUID> plans, Instant now) {
        return new Assignment(skuId, groupId, plans, state, error, assignedAt, now);
    }
}
