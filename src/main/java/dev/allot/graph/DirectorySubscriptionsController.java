package dev.allot.graph;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.billing.BillingQueries;
import dev.allot.directory.DirectoryService;
import dev.allot.graph.odata.SelectClause;
import dev.allot.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Graph's commercial subscriptions of the organization (companySubscription), read-only as in Graph. */
@RestController
@RequestMapping(path = "/v1.0/directory", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Directory (Graph)", description = "Microsoft Graph v1.0: the organization's commercial subscriptions")
public class DirectorySubscriptionsController {

    private static final String ENTITY_SET = "directory/subscriptions";

    private final BillingQueries billing;
    private final GraphLinks links;

    public DirectorySubscriptionsController(BillingQueries billing, GraphLinks links) {
        this.billing = billing;
        this.links = links;
    }

    @GetMapping("/subscriptions")
    @Operation(operationId = "listCompanySubscriptions", summary = "List the organization's commercial subscriptions (companySubscription)")
    Map<String, Object> list(Caller caller, @RequestParam(name = "$select", required = false) String select) {
        SelectClause selected = SelectClause.parse(select, CompanySubscriptionJson.PROPERTIES);
        return CollectionJson.of(links.context(CollectionJson.fragment(ENTITY_SET, selected)), null, null, billing
                .subscriptions(caller.tenantId(), caller.actor()).stream().map(s -> CompanySubscriptionJson.render(s, selected)).toList());
    }

    @GetMapping("/subscriptions/{id}")
    @Operation(operationId = "getCompanySubscription", summary = "Get one commercial subscription")
    Map<String, Object> get(Caller caller, @PathVariable String id, @RequestParam(name = "$select", required = false) String select) {
        SelectClause selected = SelectClause.parse(select, CompanySubscriptionJson.PROPERTIES);
        // an id that is not a GUID names no subscription: a 404 here, where ObjectIds.parse would answer 400
        if (!ObjectIds.isWellFormed(id)) {
            throw DirectoryService.notFound(id);
        }
        return CollectionJson.entity(links.context(CollectionJson.entityFragment(ENTITY_SET, selected)),
                CompanySubscriptionJson.render(billing.subscription(caller.tenantId(), caller.actor(), UUID.fromString(id)), selected));
    }

    /** Graph's alternate key; in Allot a subscription's commerceSubscriptionId is its id. */
    @GetMapping("/subscriptions(commerceSubscriptionId='{commerceSubscriptionId}')")
    @Operation(operationId = "getCompanySubscriptionByCommerceSubscriptionId", summary = "Get one commercial subscription by its commerceSubscriptionId")
    Map<String, Object> getByCommerceSubscriptionId(Caller caller, @PathVariable String commerceSubscriptionId,
            @RequestParam(name = "$select", required = false) String select) {
        return get(caller, commerceSubscriptionId, select);
    }
}
