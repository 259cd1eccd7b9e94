package dev.allot.licensing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.allot.licensing.domain.LicensingRule;

/** Rules with the names of the plans and products they are about, for people to read. A missing name is null. */
public record NamedRules(List<LicensingRule> rules, Map<UUID, String> planNames, Map<UUID, String> partNumbers) {

    public String planName(UUID planId) {
        return planNames.get(planId);
    }

    public String partNumber(UUID skuId) {
        return partNumbers.get(skuId);
    }
}
