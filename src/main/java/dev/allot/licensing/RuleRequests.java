package dev.allot.licensing;

import java.util.List;

import dev.allot.licensing.domain.RuleDraft;
import dev.allot.licensing.domain.RuleKind;
import dev.allot.web.JsonBody;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The request body of the rules API: the record declares its properties, for the reader and the docs. */
final class RuleRequests {

    private RuleRequests() {
    }

    @Schema(name = "NewRuleRequest", description = "Requires and MutuallyExclusive: servicePlan and otherServicePlans. "
            + "AvailableOnlyIn and UnavailableIn: servicePlan or product, and countries. Plans and products by id or by name.")
    record NewRuleRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "UnavailableIn") RuleKind kind,
            @Schema(description = "servicePlanId or servicePlanName", example = "MCOPSTN1") String servicePlan,
            @Schema(description = "skuId or skuPartNumber", example = "ENTERPRISEPACK") String product,
            @Schema(description = "servicePlanIds or servicePlanNames", example = "[\"MCOEV\"]") List<String> otherServicePlans,
            @Schema(description = "ISO 3166-1 alpha-2 codes", example = "[\"GB\"]") List<String> countries,
            String description) {

        static RuleDraft read(byte[] bytes) {
            JsonBody body = JsonBody.parse(bytes).allowOnly(NewRuleRequest.class);
            return new RuleDraft(body.choice("kind", RuleKind.class).orElseThrow(() -> body.missing("kind")),
                    body.text("servicePlan").orElse(null), body.text("product").orElse(null), body.texts("otherServicePlans"),
                    body.texts("countries"), body.text("description").orElse(null));
        }
    }
}
