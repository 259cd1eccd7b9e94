package dev.allot.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.CustomProductDraft;
import dev.allot.catalog.domain.CustomProductDraft.PlanDraft;
import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ProductOrigin;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.security.Permissions;

/**
 * An organization's own products, stored for that organization only. A custom product is named and identified
 * apart from Microsoft's: its part number is unique among everything the organization can buy, and its ids and
 * plan names never reuse the default catalog's, so rules and assignments always mean one thing. It can reuse the
 * organization's earlier custom plans (one app sold in several products).
 * <p>
 * Creating one changes no licensing snapshot: products enter those when subscribed (and subscribing bumps the
 * tenant's config_version), so the version is not bumped here.
 */
@Service
public class CustomProducts {

    private final CatalogStore catalog;
    private final AuditLog audit;

    public CustomProducts(CatalogStore catalog, AuditLog audit) {
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    public CatalogProduct add(UUID tenantId, Actor actor, CustomProductDraft draft) {
        Permissions.requireManageCatalog(actor);
        List<String> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw AllotException.invalidValue(String.join(" ", problems));
        }
        catalog.lockCustomCatalog(tenantId);
        requireNewPartNumber(tenantId, draft.skuPartNumber());
        UUID skuId = draft.skuId() == null ? UUID.randomUUID() : requireNewSkuId(tenantId, draft.skuId());
        List<ServicePlan> plans = new ArrayList<>();
        draft.plans().forEach(plan -> plans.add(plan(tenantId, draft.appliesTo(), plan)));
        Product product = new Product(skuId, draft.skuPartNumber(), draft.displayName(), draft.appliesTo(), plans);
        catalog.upsert(tenantId, "Custom", List.of(product));
        audit.success(tenantId, actor, "catalog.product.create", "product", skuId, describe(product));
        return catalog.entry(tenantId, skuId).orElseThrow();
    }

    private void requireNewPartNumber(UUID tenantId, String partNumber) {
        catalog.findByPartNumber(tenantId, partNumber).stream().findFirst().ifPresent(existing -> {
            throw new AllotException(ErrorCode.ALREADY_EXISTS, "skuPartNumber " + partNumber + " is already taken by "
                    + existing.displayName() + " (" + existing.skuId() + "); choose another.");
        });
    }

    private UUID requireNewSkuId(UUID tenantId, UUID skuId) {
        catalog.entry(tenantId, skuId).ifPresent(existing -> {
            String where = existing.origin() == ProductOrigin.Catalog ? "in Microsoft's catalog" : "among your products";
            throw new AllotException(ErrorCode.ALREADY_EXISTS, "skuId " + skuId + " is already taken by "
                    + existing.product().displayName() + " " + where + "; leave skuId out to have one generated.");
        });
        return skuId;
    }

    /** The plan as it will be stored: the organization's existing custom plan of that name or id, or a new one. */
    private ServicePlan plan(UUID tenantId, AppliesTo appliesTo, PlanDraft draft) {
        requireNotMicrosofts(draft);
        Optional<ServicePlan> existing = ownPlan(tenantId, draft);
        if (existing.isPresent()) {
            return reused(existing.get(), draft);
        }
        UUID id = draft.servicePlanId() == null ? UUID.randomUUID() : draft.servicePlanId();
        return new ServicePlan(id, draft.servicePlanName(), draft.friendlyName(), appliesTo);
    }

    /** The organization's custom plan the draft names; when it gives both a name and an id, they must name the same plan. */
    private Optional<ServicePlan> ownPlan(UUID tenantId, PlanDraft draft) {
        Optional<ServicePlan> byName = catalog.plansNamed(tenantId, draft.servicePlanName()).stream().findFirst();
        Optional<ServicePlan> byId = draft.servicePlanId() == null ? Optional.empty() : catalog.plan(tenantId, draft.servicePlanId());
        if (byId.isPresent() && !byId.equals(byName)) {
            throw AllotException.invalidValue("servicePlanId " + draft.servicePlanId() + " is your service plan " + byId.get().name()
                    + "; name it " + byId.get().name() + " to reuse it, or leave servicePlanId out for a new plan.");
        }
        return byName;
    }

    private void requireNotMicrosofts(PlanDraft draft) {
        if (draft.servicePlanId() != null) {
            requireNotMicrosofts(catalog.plan(CatalogStore.CATALOG_TENANT, draft.servicePlanId()), "servicePlanId " + draft.servicePlanId());
        }
        requireNotMicrosofts(catalog.plansNamed(CatalogStore.CATALOG_TENANT, draft.servicePlanName()).stream().findFirst(),
                "servicePlanName " + draft.servicePlanName());
    }

    private static ServicePlan reused(ServicePlan existing, PlanDraft draft) {
        if (draft.servicePlanId() != null && !draft.servicePlanId().equals(existing.id())) {
            throw AllotException.invalidValue("Your service plan " + existing.name() + " has servicePlanId " + existing.id()
                    + "; use that id to reuse it, or choose another servicePlanName for a new plan.");
        }
        if (draft.friendlyName() != null && !draft.friendlyName().equals(existing.friendlyName())) {
            throw AllotException.invalidValue("Your service plan " + existing.name() + " is called '" + existing.friendlyName()
                    + "'; leave friendlyName out to reuse it as it is.");
        }
        return existing;
    }

    private static void requireNotMicrosofts(Optional<ServicePlan> microsofts, String what) {
        microsofts.ifPresent(plan -> {
            throw AllotException.invalidValue(what + " belongs to Microsoft's catalog (" + plan.name() + ", " + plan.id()
                    + "); a custom product has service plans of its own.");
        });
    }

    private static Map<String, Object> describe(Product product) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("skuPartNumber", product.skuPartNumber());
        detail.put("displayName", product.displayName());
        detail.put("appliesTo", product.appliesTo().name());
        detail.put("servicePlans", product.plans().stream().map(p -> p.name() + " (" + p.id() + ")").toList());
        return detail;
    }
}
