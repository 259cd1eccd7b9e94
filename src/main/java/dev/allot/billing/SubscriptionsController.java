package dev.allot.billing;

import java.util.UUID;

import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.billing.SubscriptionRequests.LicenseCountRequest;
import dev.allot.billing.SubscriptionRequests.NewSubscriptionRequest;
import dev.allot.billing.SubscriptionRequests.SubscriptionChangeRequest;
import dev.allot.billing.domain.Subscription;
import dev.allot.security.Caller;
import dev.allot.web.ListJson;
import dev.allot.web.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organization's subscriptions: what it pays for, and the lifecycle of each purchase. */
@RestController
@RequestMapping(path = "/api/v1/subscriptions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Subscriptions", description = "Buy products, change how many licenses you pay for, and move subscriptions through their lifecycle")
public class SubscriptionsController {

    private final BillingService billing;
    private final BillingQueries queries;

    public SubscriptionsController(BillingService billing, BillingQueries queries) {
        this.billing = billing;
        this.queries = queries;
    }

    @GetMapping
    @Operation(operationId = "listSubscriptions", summary = "List the subscriptions, each with its product's seats")
    ListJson<SubscriptionJson> list(Caller caller) {
        return new ListJson<>(queries.subscriptions(caller.tenantId(), caller.actor()).stream().map(SubscriptionJson::of).toList());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSubscription", summary = "Get one subscription")
    SubscriptionJson get(Caller caller, @PathVariable UUID id) {
        return SubscriptionJson.of(queries.subscription(caller.tenantId(), caller.actor(), id));
    }

    @PostMapping
    @Operation(operationId = "createSubscription",
            summary = "Subscribe to a product of the catalog (Microsoft's or your own), by skuPartNumber or skuId",
            responses = @ApiResponse(responseCode = "201", description = "Created; Location names the new subscription"),
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewSubscriptionRequest.class))))
    ResponseEntity<SubscriptionJson> create(Caller caller, HttpEntity<byte[]> request) {
        Subscription created = billing.subscribe(caller.tenantId(), caller.actor(), NewSubscriptionRequest.read(request.getBody()));
        return ResponseEntity.created(Locations.below(created.id())).body(current(caller, created.id()));
    }

    @PostMapping("/{id}/buyMore")
    @Operation(operationId = "buyMoreLicenses", summary = "Add licenses to a subscription",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LicenseCountRequest.class))))
    SubscriptionJson buyMore(Caller caller, @PathVariable UUID id, HttpEntity<byte[]> request) {
        billing.buyMore(caller.tenantId(), caller.actor(), id, LicenseCountRequest.read(request.getBody()));
        return current(caller, id);
    }

    @PostMapping("/{id}/removeLicenses")
    @Operation(operationId = "removeLicenses", summary = "Remove licenses from a subscription; refused below what is assigned, saying how many to unassign first",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LicenseCountRequest.class))))
    SubscriptionJson removeLicenses(Caller caller, @PathVariable UUID id, HttpEntity<byte[]> request) {
        billing.removeLicenses(caller.tenantId(), caller.actor(), id, LicenseCountRequest.read(request.getBody()));
        return current(caller, id);
    }

    @PatchMapping("/{id}")
    @Operation(operationId = "updateSubscription", summary = "Change a subscription's status and/or end date; Deleted is refused while it would leave assigned licenses without seats",
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SubscriptionChangeRequest.class))))
    SubscriptionJson update(Caller caller, @PathVariable UUID id, HttpEntity<byte[]> request) {
        SubscriptionChangeRequest change = SubscriptionChangeRequest.read(request.getBody());
        billing.changeStatus(caller.tenantId(), caller.actor(), id, change.status(), change.endDate());
        return current(caller, id);
    }

    /** Read after the change committed, with the product's seats as they now are. */
    private SubscriptionJson current(Caller caller, UUID id) {
        return SubscriptionJson.of(queries.subscription(caller.tenantId(), caller.actor(), id));
    }
}
