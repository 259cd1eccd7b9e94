package dev.allot.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ProductOrigin;
import dev.allot.catalog.domain.ServicePlan;

/**
 * Products and service plans, in SQL. The default catalog is owned by {@link #CATALOG_TENANT}; a tenant's
 * custom products by the tenant. A tenant sees both.
 */
@Repository
public class CatalogStore {

    /** Owner of the default (Microsoft) catalog. */
    public static final UUID CATALOG_TENANT = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public CatalogStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Writes (inserts or updates) the products and plans, set-based; products missing from the file stay. */
    public void upsert(UUID ownerTenantId, String origin, List<Product> products) {
        Map<UUID, ServicePlan> plans = new LinkedHashMap<>();
        products.forEach(p -> p.plans().forEach(plan -> plans.putIfAbsent(plan.id(), plan)));
        template.batchUpdate("""
                insert into catalog_service_plan (tenant_id, service_plan_id, service_plan_name, friendly_name, applies_to)
                values (?, ?, ?, ?, ?)
                on conflict (tenant_id, service_plan_id) do update
                   set service_plan_name = excluded.service_plan_name, friendly_name = excluded.friendly_name
                """, new ArrayList<>(plans.values()), 500, (ps, plan) -> {
            ps.setObject(1, ownerTenantId);
            ps.setObject(2, plan.id());
            ps.setString(3, plan.name());
            ps.setString(4, plan.friendlyName());
            ps.setString(5, plan.appliesTo().name());
        });
        template.batchUpdate("""
                insert into catalog_product (tenant_id, sku_id, sku_part_number, display_name, applies_to, origin)
                values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, sku_id) do update
                   set sku_part_number = excluded.sku_part_number, display_name = excluded.display_name,
                       applies_to = excluded.applies_to, updated_at = now()
                """, products, 500, (ps, p) -> {
            ps.setObject(1, ownerTenantId);
            ps.setObject(2, p.skuId());
            ps.setString(3, p.skuPartNumber());
            ps.setString(4, p.displayName());
            ps.setString(5, p.appliesTo().name());
            ps.setString(6, origin);
        });
        UUID[] skuIds = products.stream().map(Product::skuId).toArray(UUID[]::new);
        jdbc.sql("delete from catalog_product_plan where tenant_id = ? and sku_id = any(?)").params(ownerTenantId, skuIds).update();
        List<UUID[]> pairs = new ArrayList<>();
        products.forEach(p -> p.plans().forEach(plan -> pairs.add(new UUID[] {p.skuId(), plan.id()})));
        template.batchUpdate("insert into catalog_product_plan (tenant_id, sku_id, service_plan_id) values (?, ?, ?)",
                pairs, 1000, (ps, pair) -> {
                    ps.setObject(1, ownerTenantId);
                    ps.setObject(2, pair[0]);
                    ps.setObject(3, pair[1]);
                });
    }

    /**
     * Serializes changes to one organization's custom catalog until the transaction ends, so that uniqueness
     * checks see every product committed before. Keyed by a hash of the tenant id: a rare collision only makes
     * two organizations wait for each other briefly.
     */
    public void lockCustomCatalog(UUID tenantId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('custom-catalog:' || ?, 0))").param(tenantId.toString())
                .query(Object.class).single();
    }

    public Optional<String> lastImportHash(UUID ownerTenantId, String sourceName) {
        return jdbc.sql("select content_sha256 from catalog_import where tenant_id = ? and source_name = ? order by imported_at desc limit 1")
                .params(ownerTenantId, sourceName).query(String.class).optional();
    }

    public void recordImport(UUID ownerTenantId, String sourceName, String sha256, int products, int plans, String reportJson) {
        jdbc.sql("""
                insert into catalog_import (tenant_id, import_id, source_name, content_sha256, products, plans, report)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """).params(ownerTenantId, UUID.randomUUID(), sourceName, sha256, products, plans, reportJson).update();
    }

    /** A product the tenant can subscribe to: its own custom product first, then the default catalog. */
    public Optional<Product> find(UUID tenantId, UUID skuId) {
        return entry(tenantId, skuId).map(CatalogProduct::product);
    }

    /** Products with this part number (case-insensitive); usually one, but Microsoft's file has one shared. */
    public List<Product> findByPartNumber(UUID tenantId, String skuPartNumber) {
        return jdbc.sql("""
                select tenant_id, sku_id, sku_part_number, display_name, applies_to from catalog_product
                 where tenant_id in (:tenant, :catalog) and upper(sku_part_number) = upper(:part)
                 order by (tenant_id = :catalog), display_name
                """).param("tenant", tenantId).param("catalog", CATALOG_TENANT).param("part", skuPartNumber)
                .query((rs, i) -> withPlans(mapHead(rs))).list();
    }

    /** The tenant's own and the default catalog's products whose name or part number contains the text, by name. */
    public List<CatalogProduct> search(UUID tenantId, String text, int limit) {
        String wanted = text == null ? "" : text.strip();
        List<ProductHead> heads = jdbc.sql("""
                select tenant_id, sku_id, sku_part_number, display_name, applies_to from catalog_product
                 where tenant_id in (:tenant, :catalog)
                   and (:text = '' or display_name ilike :pattern escape '\\' or sku_part_number ilike :pattern escape '\\')
                 order by display_name, sku_part_number, sku_id limit :limit
                """).param("tenant", tenantId).param("catalog", CATALOG_TENANT).param("text", wanted)
                .param("pattern", "%" + likeLiteral(wanted) + "%").param("limit", limit)
                .query((rs, i) -> mapHead(rs)).list();
        Map<String, List<ServicePlan>> plans = plansOf(heads);
        return heads.stream().map(h -> entry(h, plans.getOrDefault(h.key(), List.of()))).toList();
    }

    /** A product the tenant can see, with where it comes from; the tenant's own first, as in {@link #find}. */
    public Optional<CatalogProduct> entry(UUID tenantId, UUID skuId) {
        return jdbc.sql("""
                select tenant_id, sku_id, sku_part_number, display_name, applies_to from catalog_product
                 where tenant_id in (:tenant, :catalog) and sku_id = :sku
                 order by (tenant_id = :catalog) limit 1
                """).param("tenant", tenantId).param("catalog", CATALOG_TENANT).param("sku", skuId)
                .query((rs, i) -> mapHead(rs)).optional()
                .map(h -> entry(h, withPlans(h).plans()));
    }

    /** A service plan of exactly this owner (the catalog tenant or a tenant). */
    public Optional<ServicePlan> plan(UUID ownerTenantId, UUID planId) {
        return jdbc.sql("select * from catalog_service_plan where tenant_id = ? and service_plan_id = ?")
                .params(ownerTenantId, planId).query(CatalogStore::mapPlan).optional();
    }

    /** Service plans of exactly this owner with this name (case-insensitive). */
    public List<ServicePlan> plansNamed(UUID ownerTenantId, String name) {
        return jdbc.sql("select * from catalog_service_plan where tenant_id = ? and upper(service_plan_name) = upper(?) order by service_plan_id")
                .params(ownerTenantId, name).query(CatalogStore::mapPlan).list();
    }

    /** Names of these plans, from the tenant's own plans and the default catalog's. */
    public Map<UUID, String> planNames(UUID tenantId, Collection<UUID> planIds) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("""
                select service_plan_id, service_plan_name from catalog_service_plan
                 where tenant_id in (?, ?) and service_plan_id = any(?) order by (tenant_id = ?) desc
                """).params(tenantId, CATALOG_TENANT, planIds.toArray(UUID[]::new), CATALOG_TENANT)
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    /** Part numbers of these products, from the tenant's own products and the default catalog's. */
    public Map<UUID, String> partNumbers(UUID tenantId, Collection<UUID> skuIds) {
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("""
                select sku_id, sku_part_number from catalog_product
                 where tenant_id in (?, ?) and sku_id = any(?) order by (tenant_id = ?) desc
                """).params(tenantId, CATALOG_TENANT, skuIds.toArray(UUID[]::new), CATALOG_TENANT)
                .query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return names;
    }

    /** Plans of the default catalog and the tenant's own, by name (for rules written with plan names). */
    public Map<String, UUID> planIdsByName(UUID tenantId) {
        Map<String, UUID> byName = new LinkedHashMap<>();
        jdbc.sql("select service_plan_name, service_plan_id from catalog_service_plan where tenant_id in (?, ?) order by (tenant_id = ?) desc")
                .params(tenantId, CATALOG_TENANT, CATALOG_TENANT)
                .query(rs -> {
                    byName.put(rs.getString(1).toUpperCase(java.util.Locale.ROOT), rs.getObject(2, UUID.class));
                });
        return byName;
    }

    public int count(UUID ownerTenantId) {
        return jdbc.sql("select count(*) from catalog_product where tenant_id = ?").param(ownerTenantId).query(Integer.class).single();
    }

    /** The plans of many products in one query, by {@link ProductHead#key()}. */
    private Map<String, List<ServicePlan>> plansOf(List<ProductHead> heads) {
        Map<String, List<ServicePlan>> plans = new HashMap<>();
        if (heads.isEmpty()) {
            return plans;
        }
        jdbc.sql("""
                select pp.tenant_id, pp.sku_id, sp.*
                  from catalog_product_plan pp
                  join catalog_service_plan sp on sp.tenant_id = pp.tenant_id and sp.service_plan_id = pp.service_plan_id
                 where (pp.tenant_id, pp.sku_id) in (select * from unnest(?::uuid[], ?::uuid[]))
                 order by sp.service_plan_name
                """).params(heads.stream().map(ProductHead::owner).toArray(UUID[]::new), heads.stream().map(ProductHead::skuId).toArray(UUID[]::new))
                .query(rs -> {
                    String key = rs.getObject(1, UUID.class) + "/" + rs.getObject(2, UUID.class);
                    plans.computeIfAbsent(key, k -> new ArrayList<>()).add(mapPlan(rs, 0));
                });
        return plans;
    }

    private static CatalogProduct entry(ProductHead head, List<ServicePlan> plans) {
        Product product = new Product(head.skuId(), head.partNumber(), head.displayName(), head.appliesTo(), plans);
        return new CatalogProduct(product, CATALOG_TENANT.equals(head.owner()) ? ProductOrigin.Catalog : ProductOrigin.Custom);
    }

    /** Text to match literally inside an ILIKE pattern: % and _ typed by a person are not wildcards. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static ServicePlan mapPlan(ResultSet rs, int row) throws SQLException {
        return new ServicePlan(rs.getObject("service_plan_id", UUID.class), rs.getString("service_plan_name"),
                rs.getString("friendly_name"), AppliesTo.parse(rs.getString("applies_to")));
    }

    private Product withPlans(ProductHead head) {
        List<ServicePlan> plans = jdbc.sql("""
                select sp.service_plan_id, sp.service_plan_name, sp.friendly_name, sp.applies_to
                  from catalog_product_plan pp
                  join catalog_service_plan sp on sp.tenant_id = pp.tenant_id and sp.service_plan_id = pp.service_plan_id
                 where pp.tenant_id = ? and pp.sku_id = ?
                 order by sp.service_plan_name
                """).params(head.owner(), head.skuId())
                .query((rs, i) -> new ServicePlan(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        AppliesTo.parse(rs.getString(4))))
                .list();
        return new Product(head.skuId(), head.partNumber(), head.displayName(), head.appliesTo(), plans);
    }

    private static ProductHead mapHead(ResultSet rs) throws SQLException {
        return new ProductHead(rs.getObject("tenant_id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getString("sku_part_number"), rs.getString("display_name"), AppliesTo.parse(rs.getString("applies_to")));
    }

    private record ProductHead(UUID owner, UUID skuId, String partNumber, String displayName, AppliesTo appliesTo) {
        String key() {
            return owner + "/" + skuId;
        }
    }
}
