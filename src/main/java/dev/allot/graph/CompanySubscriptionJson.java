package dev.allot.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.allot.billing.SubscriptionView;
import dev.allot.billing.domain.Subscription;
import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.graph.odata.SelectClause;

/** A subscription as Graph's companySubscription, limited to $select (Graph returns every property by default). */
final class CompanySubscriptionJson {

    static final Set<String> PROPERTIES = Set.of("commerceSubscriptionId", "createdDateTime", "id", "isTrial",
            "nextLifecycleDateTime", "ownerId", "ownerTenantId", "ownerType", "serviceStatus", "skuId", "skuPartNumber", "status",
            "totalLicenses");

    private CompanySubscriptionJson() {
    }

    static Map<String, Object> render(SubscriptionView view, SelectClause select) {
        Map<String, Object> all = all(view);
        if (select.isDefault()) {
            return all;
        }
        Map<String, Object> selected = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            if (select.properties().contains(name)) {
                selected.put(name, value);
            }
        });
        return selected;
    }

    /**
     * Allot has one id per subscription, so it is both id and commerceSubscriptionId. The owner properties name
     * the purchasing admin account and the partner that bought on the organization's behalf: Allot records
     * neither yet (partners come later), so they are null, as Graph shows them for a subscription without one.
     */
    private static Map<String, Object> all(SubscriptionView view) {
        Subscription s = view.subscription();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("commerceSubscriptionId", s.id().toString());
        out.put("createdDateTime", UserJson.instant(s.createdAt()));
        out.put("id", s.id().toString());
        out.put("isTrial", s.trial());
        out.put("nextLifecycleDateTime", s.status() == SubscriptionStatus.Deleted ? null : UserJson.instant(s.endDate()));
        out.put("ownerId", null);
        out.put("ownerTenantId", null);
        out.put("ownerType", null);
        out.put("serviceStatus", serviceStatus(view));
        out.put("skuId", s.skuId().toString());
        out.put("skuPartNumber", s.skuPartNumber());
        out.put("status", s.status().name());
        out.put("totalLicenses", s.quantity());
        return out;
    }

    /** Each plan is provisioned while the subscription's licenses can be used (Enabled, or Warning before it ends). */
    private static List<Map<String, Object>> serviceStatus(SubscriptionView view) {
        String provisioning = view.subscription().status().usable() ? "Success" : "Disabled";
        return view.plans().stream().map(plan -> servicePlanInfo(plan, provisioning)).toList();
    }

    private static Map<String, Object> servicePlanInfo(ServicePlan plan, String provisioning) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("appliesTo", plan.appliesTo().name());
        info.put("provisioningStatus", provisioning);
        info.put("servicePlanId", plan.id().toString());
        info.put("servicePlanName", plan.name());
        return info;
    }
}
