package dev.allot.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.error.AllotException;

/**
 * Turns what an admin writes in a request ("ENTERPRISEPACK", "MCOPSTN1" or a GUID) into the catalog entry it
 * names, among the tenant's own products and plans and the default catalog's. A reference that names nothing,
 * or more than one thing, is a mistake in the request: 400, with a message saying how to name it instead.
 */
@Component
public class CatalogReferences {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CatalogStore catalog;

    public CatalogReferences(CatalogStore catalog) {
        this.catalog = catalog;
    }

    /** A product by skuId or skuPartNumber. */
    public Product product(UUID tenantId, String skuIdOrPartNumber) {
        String reference = required(skuIdOrPartNumber, "Name the product by skuId or skuPartNumber.");
        if (GUID.matcher(reference).matches()) {
            return catalog.find(tenantId, UUID.fromString(reference))
                    .orElseThrow(() -> AllotException.invalidValue("The catalog has no product with skuId " + reference + "."));
        }
        List<Product> matches = catalog.findByPartNumber(tenantId, reference);
        if (matches.isEmpty()) {
            throw AllotException.invalidValue("The catalog has no product with skuPartNumber " + reference + ".");
        }
        if (matches.size() > 1) {
            throw AllotException.invalidValue("skuPartNumber " + reference + " names " + matches.size() + " products ("
                    + matches.stream().map(p -> p.skuId().toString()).toList() + "); use the skuId.");
        }
        return matches.get(0);
    }

    /** A service plan by servicePlanId or servicePlanName; the tenant's own plans come first. */
    public ServicePlan plan(UUID tenantId, String idOrName) {
        String reference = required(idOrName, "Name the service plan by servicePlanId or servicePlanName.");
        if (GUID.matcher(reference).matches()) {
            UUID id = UUID.fromString(reference);
            return catalog.plan(tenantId, id).or(() -> catalog.plan(CatalogStore.CATALOG_TENANT, id))
                    .orElseThrow(() -> AllotException.invalidValue("The catalog has no service plan with servicePlanId " + reference + "."));
        }
        return onlyOne(reference, catalog.plansNamed(tenantId, reference))
                .or(() -> onlyOne(reference, catalog.plansNamed(CatalogStore.CATALOG_TENANT, reference)))
                .orElseThrow(() -> AllotException.invalidValue("The catalog has no service plan named " + reference + "."));
    }

    private static Optional<ServicePlan> onlyOne(String name, List<ServicePlan> plans) {
        if (plans.size() > 1) {
            throw AllotException.invalidValue("servicePlanName " + name + " names " + plans.size() + " service plans ("
                    + plans.stream().map(p -> p.id().toString()).toList() + "); use the servicePlanId.");
        }
        return plans.stream().findFirst();
    }

    private static String required(String reference, String message) {
        if (reference == null || reference.isBlank()) {
            throw AllotException.invalidValue(message);
        }
        return reference.strip();
    }
}
