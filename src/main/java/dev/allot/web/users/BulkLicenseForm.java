package dev.allot.web.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.util.MultiValueMap;

import dev.allot.web.users.BulkLicenseChoices.FormState;
import dev.allot.web.users.BulkLicenseChoices.Mode;
import dev.allot.web.users.BulkLicenseChoices.Target;

/**
 * Reads the Manage product licenses form. {@code user} lists the users shown; {@code mode} is "more" or "replace";
 * {@code removeAll} the Remove all product licenses box; {@code product} every product row shown, {@code sku} the
 * ticked ones and {@code state-<skuId>} a row's state: "some" while a partly ticked box was left alone, "all" or
 * "none" once the admin clicked it; {@code plans-shown} the products whose service plans were in the form and
 * {@code plan-<skuId>} the plans left on.
 */
final class BulkLicenseForm {

    private BulkLicenseForm() {
    }

    static FormState read(MultiValueMap<String, String> form) {
        Mode mode = "replace".equals(form.getFirst("mode")) ? Mode.REPLACE : Mode.MORE;
        boolean removeAll = mode == Mode.REPLACE && "true".equals(form.getFirst("removeAll"));
        Set<UUID> ticked = ids(form.get("sku"));
        Map<UUID, Target> targets = new HashMap<>();
        for (UUID sku : ids(form.get("product"))) {
            String state = form.getFirst("state-" + sku);
            targets.put(sku, "some".equals(state) ? Target.UNCHANGED : ticked.contains(sku) ? Target.ALL : Target.NONE);
        }
        Map<UUID, Set<UUID>> plansOn = new HashMap<>();
        for (UUID sku : ids(form.get("plans-shown"))) {
            plansOn.put(sku, ids(form.get("plan-" + sku)));
        }
        return new FormState(mode, removeAll, targets, plansOn);
    }

    /** The users the form was about, in its order, at most {@link Selection#MAX}. */
    static List<UUID> users(MultiValueMap<String, String> form) {
        List<UUID> users = new ArrayList<>(ids(form.get("user")));
        return users.size() > Selection.MAX ? users.subList(0, Selection.MAX) : users;
    }

    private static Set<UUID> ids(List<String> values) {
        Set<UUID> ids = new LinkedHashSet<>();
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
