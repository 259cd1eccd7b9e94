package dev.allot.graph;

import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.billing.SubscribedSkuService;
import dev.allot.billing.SubscribedSkuService.Account;
import dev.allot.error.AllotException;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SelectClause;
import dev.allot.security.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** Graph's /subscribedSkus: the organization's products with their seats, plans and subscriptions. */
@RestController
@RequestMapping("/v1.0/subscribedSkus")
public class SubscribedSkusController {

    private static final Map<String, String> REFUSALS = Map.of("$filter", "Query filter expressions aren't supported.");

    private final SubscribedSkuService skus;
    private final GraphLinks links;

    public SubscribedSkusController(SubscribedSkuService skus, GraphLinks links) {
        this.skus = skus;
        this.links = links;
    }

    @GetMapping
    Map<String, Object> list(Caller caller, HttpServletRequest request) {
        SelectClause select = query(request);
        Account account = skus.subscribedSkus(caller.tenantId(), caller.actor());
        return CollectionJson.of(links.context(CollectionJson.fragment("subscribedSkus", select)), null, null,
                account.skus().stream().map(sku -> SubscribedSkuJson.render(account.tenant(), sku, select)).toList());
    }

    /** By Graph's id ({tenantId}_{skuId}), or by the bare skuId that scripts often have at hand. */
    @GetMapping("/{id}")
    Map<String, Object> get(Caller caller, HttpServletRequest request, @PathVariable String id) {
        SelectClause select = query(request);
        Account account = skus.subscribedSku(caller.tenantId(), caller.actor(), skuId(caller.tenantId(), id));
        return CollectionJson.entity(links.context(CollectionJson.entityFragment("subscribedSkus", select)),
                SubscribedSkuJson.render(account.tenant(), account.skus().get(0), select));
    }

    private static SelectClause query(HttpServletRequest request) {
        QueryOptions options = QueryOptions.of(request.getParameterMap(), List.of("$select"), REFUSALS);
        return SelectClause.parse(options.get("$select").orElse(null), SubscribedSkuJson.SELECTABLE);
    }

    /** Another organization's id names nothing here: a 404, as if it did not exist. */
    private static UUID skuId(UUID tenantId, String id) {
        int separator = id.indexOf('_');
        if (separator < 0) {
            return ObjectIds.parse(id);
        }
        UUID account = ObjectIds.parse(id.substring(0, separator));
        UUID sku = ObjectIds.parse(id.substring(separator + 1));
        if (!account.equals(tenantId)) {
            throw AllotException.notFound("Resource '" + id + "' does not exist.");
        }
        return sku;
    }
}
