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
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    Products(AllotServer server) {
        server.get("/v1.0/subscribedSkus").path("value").forEach(skus::add);
        // Graph's subscribedSku has no product name; Allot's own products list has it ("Office 365 E3")
        server.get("/api/v1/products").path("value")
                .forEach(p -> names.put(p.path("skuId").asString(), p.path("productName").asString()));
    }

    JsonNode find(String wanted) {
        String w = wanted.strip();
        for (JsonNode sku : skus) {
            if (sku.path("skuId").asString().equalsIgnoreCase(w) || sku.path("skuPartNumber").asString().equalsIgnoreCase(w)) {
                return sku;
            }
        }
        List<JsonNode> partial = skus.stream().filter(s -> matchesName(s, names.getOrDefault(s.path("skuId").asString(), ""), w)).toList();
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

    /** A whole word of the product's name or part number ("E3" in "Office 365 E3"), or a part of the part number. */
    private static boolean matchesName(JsonNode sku, String productName, String wanted) {
        String token = wanted.toUpperCase(Locale.ROOT);
        String part = sku.path("skuPartNumber").asString().toUpperCase(Locale.ROOT);
        String name = productName.toUpperCase(Locale.ROOT);
        return part.contains(token) || List.of(name.split("[\\s()_-]+")).contains(token) || name.equals(token);
    }
}
