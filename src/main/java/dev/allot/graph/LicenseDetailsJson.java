package dev.allot.graph;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.allot.catalog.domain.ServicePlan;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/** Graph's licenseDetails of a user: one per product held, with each plan's provisioning status. */
final class LicenseDetailsJson {

    private LicenseDetailsJson() {
    }

    static List<Map<String, Object>> render(UUID userId, UserLicenses licenses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (UUID sku : licenses.effective().heldSkus()) {
            SubscribedProduct product = licenses.catalog().product(sku).orElse(null);
            if (product == null) {
                continue;
            }
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("id", id(userId, sku));
            d.put("skuId", sku.toString());
            d.put("skuPartNumber", product.product().skuPartNumber());
            List<Map<String, Object>> plans = new ArrayList<>();
            for (ServicePlan plan : product.product().plans()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("appliesTo", plan.appliesTo().name());
                p.put("provisioningStatus", provisioning(licenses, sku, plan, product));
                p.put("servicePlanId", plan.id().toString());
                p.put("servicePlanName", plan.name());
                plans.add(p);
            }
            d.put("servicePlans", plans);
            out.add(d);
        }
        return out;
    }

    private static String provisioning(UserLicenses licenses, UUID sku, ServicePlan plan, SubscribedProduct product) {
        if (!licenses.effective().enabledPlans(sku).contains(plan.id())) {
            return "Disabled";
        }
        return product.status().grantsService() ? "Success" : "Disabled";
    }

    /** A stable id per user and product, like Graph's opaque licenseDetails ids. */
    static String id(UUID userId, UUID skuId) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        bytes.putLong(userId.getMostSignificantBits()).putLong(userId.getLeastSignificantBits())
                .putLong(skuId.getMostSignificantBits()).putLong(skuId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }
}
