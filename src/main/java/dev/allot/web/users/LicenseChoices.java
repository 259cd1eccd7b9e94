package dev.allot.web.users;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.billing.ProductSummary;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/**
 * The Licenses and Apps tab of one user: every product the organization can assign, ticked when the user has
 * it, and for the ticked ones their apps, on or off. Built from what the user has, or from what the admin
 * ticked in the form (so nothing is lost when the form comes back with an error).
 */
public record LicenseChoices(List<ProductChoice> products) {

    /** A product row: whether it is ticked, whether a group gives it, how many seats are left, and its apps. */
    public record ProductChoice(UUID skuId, String name, boolean checked, boolean direct, boolean throughGroup, int available,
            int usable, List<PlanChoice> plans) {

        /** Held only through a group: shown ticked, but it cannot be removed here. */
        public boolean locked() {
            return throughGroup && !direct;
        }
    }

    /** An app of a product. */
    public record PlanChoice(UUID id, String name, String friendlyName, boolean on) {
    }

    /** What the form said: the ticked products and, for products whose apps were shown, the apps left on. */
    public record FormState(Set<UUID> checked, Map<UUID, Set<UUID>> plansOn) {
    }

    static LicenseChoices of(UserLicenses licenses, List<ProductSummary> summaries, FormState form) {
        List<ProductChoice> rows = new ArrayList<>();
        for (ProductSummary summary : summaries) {
            SubscribedProduct product = licenses.catalog().product(summary.skuId()).orElse(null);
            boolean held = licenses.effective().holds(summary.skuId());
            if (product == null || !"User".equals(summary.appliesTo()) || (summary.subscriptions().isEmpty() && !held)) {
                continue;
            }
            rows.add(choice(licenses, summary, product, form));
        }
        return new LicenseChoices(rows);
    }

    private static ProductChoice choice(UserLicenses licenses, ProductSummary summary, SubscribedProduct product, FormState form) {
        UUID sku = summary.skuId();
        boolean direct = licenses.assignments().stream().anyMatch(a -> a.skuId().equals(sku) && a.isDirect());
        boolean group = licenses.assignments().stream().anyMatch(a -> a.skuId().equals(sku) && !a.isDirect() && a.holdsLicense());
        boolean checked = form == null ? licenses.effective().holds(sku) : form.checked().contains(sku) || (group && !direct);
        Set<UUID> on = plansOn(licenses, sku, product, form, direct, group);
        List<PlanChoice> plans = product.product().plans().stream()
                .map(p -> new PlanChoice(p.id(), p.name(), p.friendlyName(), on.contains(p.id()))).toList();
        return new ProductChoice(sku, summary.displayName(), checked, direct, group, summary.seats().available(),
                summary.seats().usable(), checked ? plans : List.of());
    }

    private static Set<UUID> plansOn(UserLicenses licenses, UUID sku, SubscribedProduct product, FormState form, boolean direct, boolean group) {
        if (form != null && form.plansOn().containsKey(sku) && !(group && !direct)) {
            return form.plansOn().get(sku);
        }
        if (licenses.effective().holds(sku)) {
            return licenses.effective().enabledPlans(sku);
        }
        Set<UUID> all = new HashSet<>();
        product.product().plans().stream().map(ServicePlan::id).forEach(all::add);
        return all;
    }

    /** The direct assignments the user has now, by product, with their disabled plans. */
    static Map<UUID, Set<UUID>> directDisabled(UserLicenses licenses) {
        Map<UUID, Set<UUID>> out = new java.util.HashMap<>();
        for (Assignment a : licenses.assignments()) {
            if (a.isDirect()) {
                out.put(a.skuId(), a.disabledPlans());
            }
        }
        return out;
    }
}
