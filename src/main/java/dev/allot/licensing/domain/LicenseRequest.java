package dev.allot.licensing.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Graph's assignLicense body: products to add (each with the plans to turn off) and products to remove. */
public record LicenseRequest(List<AddLicense> add, List<UUID> remove) {

    public LicenseRequest {
        add = List.copyOf(add);
        remove = List.copyOf(remove);
    }

    public static LicenseRequest adding(UUID skuId, UUID... disabledPlans) {
        return new LicenseRequest(List.of(new AddLicense(skuId, Set.of(disabledPlans))), List.of());
    }

    public static LicenseRequest removing(UUID... skuIds) {
        return new LicenseRequest(List.of(), List.of(skuIds));
    }

    public boolean isEmpty() {
        return add.isEmpty() && remove.isEmpty();
    }

    public record AddLicense(UUID skuId, Set<UUID> disabledPlans) {
        public AddLicense {
            disabledPlans = Set.copyOf(disabledPlans);
        }
    }
}
