package dev.allot.licensing;

import java.util.Set;
import java.util.UUID;

/** A product a group gives its members, with the plans turned off. */
public record GroupLicense(UUID skuId, Set<UUID> disabledPlans) {

    public GroupLicense {
        disabledPlans = Set.copyOf(disabledPlans);
    }
}
