package dev.allot.graph;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.SubscribedSku;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.graph.odata.SelectClause;
import dev.allot.tenant.Tenant;

/** A subscribedSku exactly as Microsoft Graph v1.0 shows it, limited to $select. */
public final class SubscribedSkuJson {

    public static final List<String> DEFAULT = List.of("accountId", "accountName", "appliesTo", "capabilityStatus", "consumedUnits",
            "id", "prepaidUnits", "servicePlans", "skuId", "skuPartNumber", "subscriptionIds");
    public static final Set<String> SELECTABLE = new LinkedHashSet<>(DEFAULT);

    private SubscribedSkuJson() {
    }

    /** Graph's id of a subscribed product: the organization's id and the skuId. */
    public static String id(UUID tenantId, UUID skuId) {
        return tenantId + "_" + skuId;
    }

    public static Map<String, Object> render(Tenant tenant, SubscribedSku sku, SelectClause select) {
        return select.render(DEFAULT, p -> value(tenant, sku, p));
    }

    private static Object value(Tenant tenant, SubscribedSku sku, String property) {
        return switch (property) {
            case "accountId" -> tenant.id().toString();
            case "accountName" -> tenant.displayName();
            case "appliesTo" -> sku.appliesTo().name();
            case "capabilityStatus" -> sku.capabilityStatus().name();
            case "consumedUnits" -> sku.units().consumed();
            case "id" -> id(tenant.id(), sku.skuId());
            case "prepaidUnits" -> prepaidUnits(sku.units());
            case "servicePlans" -> sku.servicePlans().stream().map(SubscribedSkuJson::servicePlan).toList();
            case "skuId" -> sku.skuId().toString();
            case "skuPartNumber" -> sku.skuPartNumber();
            case "subscriptionIds" -> sku.subscriptionIds().stream().map(UUID::toString).toList();
            default -> throw new IllegalArgumentException("not a subscribedSku property: " + property);
        };
    }

    private static Map<String, Object> prepaidUnits(SeatCounts units) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enabled", units.enabled());
        out.put("lockedOut", units.lockedOut());
        out.put("suspended", units.suspended());
        out.put("warning", units.warning());
        return out;
    }

    /** Plans are provisioned the moment a product is subscribed: Allot has no provisioning step that could be pending. */
    private static Map<String, Object> servicePlan(ServicePlan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("servicePlanId", plan.id().toString());
        out.put("servicePlanName", plan.name());
        out.put("provisioningStatus", "Success");
        out.put("appliesTo", plan.appliesTo().name());
        return out;
    }
}
