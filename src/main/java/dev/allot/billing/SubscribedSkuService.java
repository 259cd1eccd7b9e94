package dev.allot.billing;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.allot.audit.Actor;
import dev.allot.billing.domain.SubscribedSku;
import dev.allot.error.AllotException;
import dev.allot.security.Permissions;
import dev.allot.tenant.Tenant;
import dev.allot.tenant.TenantStore;

/** What an organization has bought, product by product (Graph's subscribedSkus). */
@Service
public class SubscribedSkuService {

    private final SubscribedSkuStore skus;
    private final TenantStore tenants;

    public SubscribedSkuService(SubscribedSkuStore skus, TenantStore tenants) {
        this.skus = skus;
        this.tenants = tenants;
    }

    public Account subscribedSkus(UUID tenantId, Actor actor) {
        Permissions.requireRead(actor);
        return new Account(tenant(tenantId), skus.find(tenantId, null));
    }

    public Account subscribedSku(UUID tenantId, Actor actor, UUID skuId) {
        Permissions.requireRead(actor);
        List<SubscribedSku> found = skus.find(tenantId, skuId);
        if (found.isEmpty()) {
            throw AllotException.notFound("Resource '" + tenantId + "_" + skuId + "' does not exist.");
        }
        return new Account(tenant(tenantId), found);
    }

    private Tenant tenant(UUID tenantId) {
        return tenants.find(tenantId).orElseThrow(() -> AllotException.notFound("Organization " + tenantId + " does not exist."));
    }

    /** The organization (Graph's accountId and accountName) and its subscribed products. */
    public record Account(Tenant tenant, List<SubscribedSku> skus) {
    }
}
