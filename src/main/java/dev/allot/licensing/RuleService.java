package dev.allot.licensing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.catalog.CatalogReferences;
import dev.allot.catalog.CatalogStore;
import dev.allot.error.AllotException;
import dev.allot.licensing.domain.LicensingRule;
import dev.allot.licensing.domain.RuleDraft;
import dev.allot.security.Permissions;
import dev.allot.tenant.TenantStore;

/**
 * An organization's licensing rules as its admins edit them. Every change bumps the tenant's config_version in
 * its own transaction, which is what makes the next license assignment (on any server) load the new rules, and
 * announces it. The bump comes first: it locks the tenant row, so concurrent rule changes apply one after another.
 * Rules are part of what the organization can license, so changing them takes the catalog capability.
 */
@Service
public class RuleService {

    private final RuleStore rules;
    private final DefaultRules defaults;
    private final CatalogReferences references;
    private final CatalogStore catalog;
    private final TenantStore tenants;
    private final LicenseEvents events;
    private final AuditLog audit;

    public RuleService(RuleStore rules, DefaultRules defaults, CatalogReferences references, CatalogStore catalog, TenantStore tenants,
            LicenseEvents events, AuditLog audit) {
        this.rules = rules;
        this.defaults = defaults;
        this.references = references;
        this.catalog = catalog;
        this.tenants = tenants;
        this.events = events;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public NamedRules rules(UUID tenantId, Actor actor) {
        Permissions.requireRead(actor);
        return named(tenantId, rules.all(tenantId));
    }

    @Transactional(readOnly = true)
    public NamedRules rule(UUID tenantId, Actor actor, UUID ruleId) {
        Permissions.requireRead(actor);
        return named(tenantId, List.of(rules.find(tenantId, ruleId).orElseThrow(() -> noSuchRule(ruleId))));
    }

    @Transactional
    public NamedRules add(UUID tenantId, Actor actor, RuleDraft draft) {
        Permissions.requireManageCatalog(actor);
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw AllotException.invalidValue(String.join(" ", problems));
        }
        LicensingRule rule = resolve(tenantId, draft);
        changing(tenantId);
        rules.insert(tenantId, rule);
        NamedRules added = named(tenantId, List.of(rule));
        audit.success(tenantId, actor, "rule.create", "rule", rule.id(), describe(rule, added));
        return added;
    }

    @Transactional
    public void delete(UUID tenantId, Actor actor, UUID ruleId) {
        Permissions.requireManageCatalog(actor);
        changing(tenantId);
        LicensingRule deleted = rules.delete(tenantId, ruleId).orElseThrow(() -> noSuchRule(ruleId));
        audit.success(tenantId, actor, "rule.delete", "rule", ruleId, describe(deleted, named(tenantId, List.of(deleted))));
    }

    /** Replaces every rule of the organization with a fresh copy of Allot's defaults. */
    @Transactional
    public NamedRules reset(UUID tenantId, Actor actor) {
        Permissions.requireManageCatalog(actor);
        changing(tenantId);
        int removed = rules.deleteAll(tenantId);
        List<LicensingRule> fresh = defaults.resolve(tenantId);
        fresh.forEach(rule -> rules.insert(tenantId, rule));
        audit.success(tenantId, actor, "rules.reset", "rules", tenantId, Map.of("removed", removed, "added", fresh.size()));
        return named(tenantId, rules.all(tenantId));
    }

    private static AllotException noSuchRule(UUID ruleId) {
        return AllotException.notFound("Rule " + ruleId + " does not exist.");
    }

    private void changing(UUID tenantId) {
        tenants.bumpConfigVersion(tenantId);
        events.tenantChanged(tenantId);
    }

    private LicensingRule resolve(UUID tenantId, RuleDraft draft) {
        UUID planId = draft.servicePlan() == null ? null : references.plan(tenantId, draft.servicePlan()).id();
        UUID skuId = draft.product() == null ? null : references.product(tenantId, draft.product()).skuId();
        Set<UUID> others = new LinkedHashSet<>();
        draft.otherServicePlans().forEach(other -> others.add(references.plan(tenantId, other).id()));
        if (planId != null && others.contains(planId)) {
            throw AllotException.invalidValue("A " + draft.kind() + " rule relates " + draft.servicePlan()
                    + " to other service plans; it cannot be among its own otherServicePlans.");
        }
        return new LicensingRule(UUID.randomUUID(), draft.kind(), planId, skuId, others, Set.copyOf(draft.countries()),
                draft.description());
    }

    private NamedRules named(UUID tenantId, List<LicensingRule> list) {
        Set<UUID> plans = new HashSet<>();
        Set<UUID> skus = new HashSet<>();
        for (LicensingRule rule : list) {
            plans.add(rule.planId());
            plans.addAll(rule.otherPlanIds());
            skus.add(rule.skuId());
        }
        plans.remove(null);
        skus.remove(null);
        return new NamedRules(list, catalog.planNames(tenantId, plans), catalog.partNumbers(tenantId, skus));
    }

    private static Map<String, Object> describe(LicensingRule rule, NamedRules names) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("kind", rule.kind().name());
        detail.put("servicePlan", rule.planId() == null ? null : names.planName(rule.planId()));
        detail.put("product", rule.skuId() == null ? null : names.partNumber(rule.skuId()));
        detail.put("otherServicePlans", rule.otherPlanIds().stream().map(names::planName).filter(Objects::nonNull).sorted().toList());
        detail.put("countries", rule.countries().stream().sorted().toList());
        return detail;
    }
}
