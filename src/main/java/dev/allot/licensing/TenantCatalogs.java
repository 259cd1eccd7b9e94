package dev.allot.licensing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.error.AllotException;
import dev.allot.licensing.domain.CapabilityStatus;
import dev.allot.licensing.domain.TenantCatalog;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/**
 * Snapshots of what each organization can license, cached in memory and keyed by the tenant's config_version,
 * which every change to products, plans, rules or subscription states bumps in the same transaction. A reader
 * that sees a newer version in the database reloads, so every server process stays correct without messaging.
 */
@Component
public class TenantCatalogs {

    private final JdbcClient jdbc;
    private final RuleStore rules;
    private final Cache<UUID, TenantCatalog> cache = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(1)).build();

    public TenantCatalogs(JdbcClient jdbc, RuleStore rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The snapshot for this version (read from the tenant row in the caller's transaction). */
    public TenantCatalog at(UUID tenantId, long version) {
        TenantCatalog cached = cache.getIfPresent(tenantId);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        TenantCatalog loaded = load(tenantId);
        if (cached == null || loaded.version() >= cached.version()) {
            cache.put(tenantId, loaded);
        }
        return loaded;
    }

    public TenantCatalog current(UUID tenantId) {
        Long version = jdbc.sql("select config_version from tenant where tenant_id = ?").param(tenantId).query(Long.class)
                .optional().orElseThrow(() -> AllotException.notFound("Organization " + tenantId + " does not exist."));
        return at(tenantId, version);
    }

    private TenantCatalog load(UUID tenantId) {
        Object[] tenant = jdbc.sql("select config_version, default_usage_location from tenant where tenant_id = ?").param(tenantId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).single();
        Map<UUID, List<ServicePlan>> plans = new LinkedHashMap<>();
        jdbc.sql("select * from tenant_sku_plan where tenant_id = ? order by service_plan_name").param(tenantId).query(rs -> {
            plans.computeIfAbsent(rs.getObject("sku_id", UUID.class), k -> new ArrayList<>())
                    .add(new ServicePlan(rs.getObject("service_plan_id", UUID.class), rs.getString("service_plan_name"),
                            rs.getString("friendly_name"), AppliesTo.parse(rs.getString("applies_to"))));
        });
        List<SubscribedProduct> products = jdbc.sql("""
                select t.*, (select array_agg(distinct s.status) from subscription s
                              where s.tenant_id = t.tenant_id and s.sku_id = t.sku_id) as statuses
                  from tenant_sku t where t.tenant_id = ?
                """).param(tenantId).query((rs, i) -> {
                    UUID sku = rs.getObject("sku_id", UUID.class);
                    java.sql.Array statuses = rs.getArray("statuses");
                    Set<String> states = statuses == null ? Set.of() : Set.of((String[]) statuses.getArray());
                    Product product = new Product(sku, rs.getString("sku_part_number"), rs.getString("display_name"),
                            AppliesTo.parse(rs.getString("applies_to")), plans.getOrDefault(sku, List.of()));
                    return new SubscribedProduct(product, capability(states));
                }).list();
        return new TenantCatalog(tenantId, (Long) tenant[0], (String) tenant[1], products, rules.all(tenantId));
    }

    /** Graph: Enabled when any subscription is enabled; otherwise the best remaining state. */
    public static CapabilityStatus capability(Set<String> subscriptionStates) {
        for (CapabilityStatus status : List.of(CapabilityStatus.Enabled, CapabilityStatus.Warning, CapabilityStatus.Suspended,
                CapabilityStatus.LockedOut)) {
            if (subscriptionStates.contains(status.name())) {
                return status;
            }
        }
        return CapabilityStatus.Deleted;
    }
}
