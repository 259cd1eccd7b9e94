package dev.allot.catalog;

import java.util.List;
import java.util.UUID;

import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.CustomProductDraft;
import dev.allot.catalog.domain.CustomProductDraft.PlanDraft;
import dev.allot.web.JsonBody;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The request bodies of the catalog API: each record declares its properties, for the reader and the docs. */
final class CatalogRequests {

    private CatalogRequests() {
    }

    @Schema(name = "NewCustomProductRequest")
    record NewCustomProductRequest(
            @Schema(example = "ACME_CAD_PRO", requiredMode = RequiredMode.REQUIRED) String skuPartNumber,
            @Schema(example = "Acme CAD Pro", requiredMode = RequiredMode.REQUIRED) String displayName,
            @Schema(defaultValue = "User") AppliesTo appliesTo,
            @Schema(description = "Leave out to have one generated") UUID skuId,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<NewServicePlanRequest> servicePlans) {

        static CustomProductDraft read(byte[] bytes) {
            JsonBody body = JsonBody.parse(bytes).allowOnly(NewCustomProductRequest.class);
            return new CustomProductDraft(body.requiredText("skuPartNumber"), body.requiredText("displayName"),
                    body.choice("appliesTo", AppliesTo.class).orElse(AppliesTo.User), body.guid("skuId").orElse(null),
                    body.objects("servicePlans").stream().map(NewServicePlanRequest::read).toList());
        }
    }

    @Schema(name = "NewServicePlanRequest", description = "A new plan, or one of the organization's custom plans reused by name or id")
    record NewServicePlanRequest(
            @Schema(example = "ACME_CAD", requiredMode = RequiredMode.REQUIRED) String servicePlanName,
            @Schema(example = "Acme CAD", description = "Defaults to servicePlanName") String friendlyName,
            @Schema(description = "Leave out to have one generated") UUID servicePlanId) {

        static PlanDraft read(JsonBody body) {
            body.allowOnly(NewServicePlanRequest.class);
            return new PlanDraft(body.requiredText("servicePlanName"), body.text("friendlyName").orElse(null),
                    body.guid("servicePlanId").orElse(null));
        }
    }
}
