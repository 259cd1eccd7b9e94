package dev.allot.billing;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.security.Caller;
import dev.allot.web.ListJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The products the organization subscribes to, with their seats over all subscriptions. */
@RestController
@RequestMapping(path = "/api/v1/products", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Subscriptions")
public class SubscribedProductsController {

    private final BillingQueries queries;

    public SubscribedProductsController(BillingQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listSubscribedProducts", summary = "List the subscribed products with prepaid units by status, consumed and available units, and capability status")
    ListJson<SubscribedProductJson> list(Caller caller) {
        return new ListJson<>(queries.products(caller.tenantId(), caller.actor()).stream().map(SubscribedProductJson::of).toList());
    }
}
