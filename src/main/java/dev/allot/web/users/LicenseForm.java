package dev.allot.web.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import dev.allot.catalog.domain.ServicePlan;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/**
 * Reads the Licenses and Apps form: {@code sku} is every ticked product, {@code plans-shown} the products whose
 * apps were on screen, and {@code plan-<skuId>} the apps left on for each of them.
 */
final class LicenseForm {

    private LicenseForm() {
    }

    static LicenseChoices.FormState read(MultiValueMap<String, String> form) {
        Set<UUID> checked = ids(form.get("sku"));
        Map<UUID, Set<UUID>> plansOn = new HashMap<>();
        for (UUID sku : ids(form.get("plans-shown"))) {
            plansOn.put(sku, ids(form.get("plan-" + sku)));
        }
        return new LicenseChoices.FormState(checked, plansOn);
    }

    /** The one atomic change that makes the user's direct licenses what the form shows. */
    static LicenseRequest request(LicenseChoices.FormState state, UserLicenses licenses) {
        Map<UUID, Set<UUID>> direct = LicenseChoices.directDisabled(licenses);
        List<AddLicense> add = new ArrayList<>();
        for (UUID sku : state.checked()) {
            SubscribedProduct product = licenses.catalog().product(sku).orElse(null);
            if (product == null) {
                continue;
            }
            boolean groupOnly = !direct.containsKey(sku) && licenses.effective().holds(sku);
            Set<UUID> disabled = disabled(product, state.plansOn().get(sku), direct.get(sku));
            if (groupOnly && state.plansOn().get(sku) == null) {
                continue; // shown ticked because a group gives it; nothing asked of it here
            }
            if (!disabled.equals(direct.get(sku))) {
                add.add(new AddLicense(sku, disabled));
            }
        }
        List<UUID> remove = direct.keySet().stream().filter(sku -> !state.checked().contains(sku)).toList();
        return new LicenseRequest(add, remove);
    }

    private static Set<UUID> disabled(SubscribedProduct product, Set<UUID> on, Set<UUID> currentlyDisabled) {
        if (on == null) {
            return currentlyDisabled == null ? Set.of() : currentlyDisabled;
        }
        Set<UUID> off = new HashSet<>();
        for (ServicePlan plan : product.product().plans()) {
            if (!on.contains(plan.id())) {
                off.add(plan.id());
            }
        }
        return off;
    }

    private static Set<UUID> ids(List<String> values) {
        Set<UUID> ids = new HashSet<>();
        if (values != null) {
            for (String v : values) {
                try {
                    ids.add(UUID.fromString(v));
                } catch (IllegalArgumentException ignored) {
                    // a tampered value names nothing
                }
            }
        }
        return ids;
    }
}
