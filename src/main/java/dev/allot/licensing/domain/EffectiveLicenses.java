package dev.allot.licensing.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.catalog.domain.ServicePlan;

/**
 * What a user effectively holds once every source is combined: the products (one seat each) and, per product,
 * the plans enabled in at least one source that holds it (the union over sources).
 */
public final class EffectiveLicenses {

    private final Map<UUID, Set<UUID>> enabledBySku;
    private final Map<UUID, Set<UUID>> disabledBySku;

    private EffectiveLicenses(Map<UUID, Set<UUID>> enabledBySku, Map<UUID, Set<UUID>> disabledBySku) {
        this.enabledBySku = enabledBySku;
        this.disabledBySku = disabledBySku;
    }

    public static EffectiveLicenses of(Collection<Assignment> assignments, TenantCatalog catalog) {
        Map<UUID, Set<UUID>> enabled = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> disabled = new HashMap<>();
        for (Assignment a : assignments) {
            if (!a.holdsLicense()) {
                continue;
            }
            Set<UUID> plans = enabled.computeIfAbsent(a.skuId(), k -> new HashSet<>());
            catalog.product(a.skuId()).ifPresent(p -> p.product().plans().stream().map(ServicePlan::id)
                    .filter(id -> !a.disabledPlans().contains(id)).forEach(plans::add));
            disabled.merge(a.skuId(), new HashSet<>(a.disabledPlans()), (x, y) -> {
                x.retainAll(y);
                return x;
            });
        }
        return new EffectiveLicenses(enabled, disabled);
    }

    public Set<UUID> heldSkus() {
        return enabledBySku.keySet();
    }

    public boolean holds(UUID skuId) {
        return enabledBySku.containsKey(skuId);
    }

    public Set<UUID> enabledPlans(UUID skuId) {
        return enabledBySku.getOrDefault(skuId, Set.of());
    }

    /** Plans switched off in the license as the user experiences it: off in every source that holds it. */
    public Set<UUID> disabledPlans(UUID skuId) {
        return disabledBySku.getOrDefault(skuId, Set.of());
    }

    public boolean planEnabled(UUID planId) {
        for (Set<UUID> plans : enabledBySku.values()) {
            if (plans.contains(planId)) {
                return true;
            }
        }
        return false;
    }

    /** The held products whose enabled plans include this one. */
    public Set<UUID> skusEnabling(UUID planId) {
        Set<UUID> skus = new HashSet<>();
        enabledBySku.forEach((sku, plans) -> {
            if (plans.contains(planId)) {
                skus.add(sku);
            }
        });
        return skus;
    }
}
