package dev.allot.billing;

import java.time.Instant;

import dev.allot.billing.BillingService.NewSubscription;
import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.error.AllotException;
import dev.allot.web.JsonBody;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The request bodies of the subscriptions API: each record declares its properties, for the reader and the docs. */
final class SubscriptionRequests {

    private SubscriptionRequests() {
    }

    @Schema(name = "NewSubscriptionRequest")
    record NewSubscriptionRequest(
            @Schema(description = "The product's skuPartNumber or skuId", example = "ENTERPRISEPACK", requiredMode = RequiredMode.REQUIRED)
            String product,
            @Schema(example = "25", requiredMode = RequiredMode.REQUIRED) int quantity,
            @Schema(defaultValue = "Enabled") SubscriptionStatus status,
            @Schema(description = "Defaults to now") Instant startDate,
            @Schema(description = "Defaults to a year after startDate") Instant endDate,
            @Schema(defaultValue = "false") boolean trial) {

        static NewSubscription read(byte[] bytes) {
            JsonBody body = JsonBody.parse(bytes).allowOnly(NewSubscriptionRequest.class);
            return new NewSubscription(body.requiredText("product"), body.requiredInteger("quantity"),
                    body.choice("status", SubscriptionStatus.class).orElse(SubscriptionStatus.Enabled),
                    body.bool("trial").orElse(false), body.instant("startDate").orElse(null), body.instant("endDate").orElse(null));
        }
    }

    @Schema(name = "LicenseCountRequest")
    record LicenseCountRequest(@Schema(example = "5", requiredMode = RequiredMode.REQUIRED) int licenses) {

        static int read(byte[] bytes) {
            return JsonBody.parse(bytes).allowOnly(LicenseCountRequest.class).requiredInteger("licenses");
        }
    }

    @Schema(name = "SubscriptionChangeRequest", description = "Give at least one; what is left out stays as it is")
    record SubscriptionChangeRequest(
            @Schema(example = "Warning") SubscriptionStatus status,
            @Schema(example = "2027-06-30T00:00:00Z") Instant endDate) {

        static SubscriptionChangeRequest read(byte[] bytes) {
            JsonBody body = JsonBody.parse(bytes).allowOnly(SubscriptionChangeRequest.class);
            SubscriptionChangeRequest change = new SubscriptionChangeRequest(body.choice("status", SubscriptionStatus.class).orElse(null),
                    body.instant("endDate").orElse(null));
            if (change.status() == null && change.endDate() == null) {
                throw AllotException.invalidValue("Give the new status, the new endDate, or both.");
            }
            return change;
        }
    }
}
