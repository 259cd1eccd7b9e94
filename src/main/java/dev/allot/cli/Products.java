package dev.allot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Finds the organization's products by what an admin types: a skuId, a skuPartNumber (ENTERPRISEPACK), or a
 * unique part of its name ("E3" when only one subscribed product is an E3). Ambiguity is an error listing the
 * candidates, never a guess.
 */
final class Products {

    private final List<JsonNode> skus = new ArrayList<>();

    Products(AllotServer server) {
        server.get("/v1.0/subscribedSkus").path("value").forEach(skus::add);
    }

    JsonNode find(String wanted) {
        String w = wanted.strip();
        for (JsonNode sku : skus) {
            if (sku.path("skuId").asString().equalsIgnoreCase(w) || sku.path("skuPartNumber").asString().equalsIgnoreCase(w)) {
                return sku;
            }
        }
        List<JsonNode> partial = skus.stream().filter(s -> matchesName(s, w)).toList();
        if (partial.size() == 1) {
            return partial.get(0);
        }
        if (partial.isEmpty()) {
            throw new CliException(ExitCode.REFUSED, "The organization has no product '" + w + "'. Its products: "
                    + String.join(", ", skus.stream().map(s -> s.path("skuPartNumber").asString()).toList()) + ".");
        }
        throw new CliException(ExitCode.USAGE, "'" + w + "' matches several products: "
                + String.join(", ", partial.stream().map(s -> s.path("skuPartNumber").asString()).toList()) + ". Use the skuPartNumber or skuId.");
    }

    /** The plan of this product named by id or servicePlanName. */
    static String plan(JsonNode sku, String wanted) {
        for (JsonNode plan : sku.path("servicePlans")) {
            if (plan.path("servicePlanId").asString().equalsIgnoreCase(wanted) || plan.path("servicePlanName").asString().equalsIgnoreCase(wanted)) {
                return plan.path("servicePlanId").asString();
            }
        }
        throw new CliException(ExitCode.USAGE, sku.path("skuPartNumber").asString() + " has no service plan '" + wanted + "'.");
    }

    private static boolean matchesName(JsonNode sku, String wanted) {
        String token = wanted.toUpperCase(Locale.ROOT);
        String part = sku.path("skuPartNumber").asString().toUpperCase(Locale.ROOT);
        return part.contains(token) || List.of(part.split("[_ ]")).contains(token);
    }
}
