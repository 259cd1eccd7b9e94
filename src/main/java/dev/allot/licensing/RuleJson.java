package dev.allot.licensing;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import dev.allot.licensing.domain.LicensingRule;
import dev.allot.licensing.domain.RuleKind;
import io.swagger.v3.oas.annotations.media.Schema;

/** A licensing rule as the admin API shows it, with plan and product names resolved (null when the catalog lacks one). */
@Schema(name = "LicensingRule")
public record RuleJson(UUID id, RuleKind kind, PlanJson servicePlan, ProductJson product, List<PlanJson> otherServicePlans,
        List<String> countries, String description) {

    static List<RuleJson> all(NamedRules named) {
        return named.rules().stream().map(rule -> of(rule, named)).toList();
    }

    static RuleJson of(LicensingRule rule, NamedRules names) {
        return new RuleJson(rule.id(), rule.kind(), rule.planId() == null ? null : new PlanJson(rule.planId(), names.planName(rule.planId())),
                rule.skuId() == null ? null : new ProductJson(rule.skuId(), names.partNumber(rule.skuId())),
                rule.otherPlanIds().stream().map(id -> new PlanJson(id, names.planName(id)))
                        .sorted(Comparator.comparing(PlanJson::servicePlanName, Comparator.nullsLast(Comparator.naturalOrder()))).toList(),
                rule.countries().stream().sorted().toList(), rule.description());
    }

    @Schema(name = "RuleServicePlan")
    public record PlanJson(UUID servicePlanId, String servicePlanName) {
    }

    @Schema(name = "RuleProduct")
    public record ProductJson(UUID skuId, String skuPartNumber) {
    }
}
