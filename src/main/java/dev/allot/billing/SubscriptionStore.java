package dev.allot.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.Subscription;
import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ServicePlan;

/** Subscriptions and the products they make available to a tenant, in SQL. */
@Repository
public class SubscriptionStore {

    private static final String SELECT = """
            select s.*, t.sku_part_number, t.display_name as product_name
              from subscription s join tenant_sku t on t.tenant_id = s.tenant_id and t.sku_id = s.sku_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SubscriptionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Makes the product available to the tenant (a snapshot of it and its plans) unless it already is. */
    public void ensureTenantSku(UUID tenantId, Product product) {
        int inserted = jdbc.sql("""
                insert into tenant_sku (tenant_id, sku_id, sku_part_number, display_name, applies_to)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """).params(tenantId, product.skuId(), product.skuPartNumber(), product.displayName(), product.appliesTo().name()).update();
        if (inserted == 1) {
            template.batchUpdate("""
                    insert into tenant_sku_plan (tenant_id, sku_id, service_plan_id, service_plan_name, friendly_name, applies_to)
                    values (?, ?, ?, ?, ?, ?)
                    """, product.plans(), 200, (ps, plan) -> {
                ps.setObject(1, tenantId);
                ps.setObject(2, product.skuId());
                ps.setObject(3, plan.id());
                ps.setString(4, plan.name());
                ps.setString(5, plan.friendlyName());
                ps.setString(6, plan.appliesTo().name());
            });
        }
    }

    public void insert(UUID tenantId, UUID subscriptionId, UUID skuId, int quantity, SubscriptionStatus status, boolean trial,
            Instant start, Instant end) {
        jdbc.sql("""
                insert into subscription (tenant_id, subscription_id, sku_id, quantity, status, is_trial, start_date, end_date)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(tenantId, subscriptionId, skuId, quantity, status.name(), trial, Timestamp.from(start),
                end == null ? null : Timestamp.from(end)).update();
    }

    public Optional<Subscription> find(UUID tenantId, UUID subscriptionId) {
        return jdbc.sql(SELECT + " where s.tenant_id = ? and s.subscription_id = ?").params(tenantId, subscriptionId)
                .query(SubscriptionStore::map).optional();
    }

    public List<Subscription> all(UUID tenantId) {
        return jdbc.sql(SELECT + " where s.tenant_id = ? order by t.display_name, s.start_date").param(tenantId)
                .query(SubscriptionStore::map).list();
    }

    public List<Subscription> ofSku(UUID tenantId, UUID skuId) {
        return jdbc.sql(SELECT + " where s.tenant_id = ? and s.sku_id = ? order by s.start_date").params(tenantId, skuId)
                .query(SubscriptionStore::map).list();
    }

    /** Locks the product's seat counter so that no seat is taken while its subscriptions change; returns consumed units. */
    public int lockSeats(UUID tenantId, UUID skuId) {
        return jdbc.sql("select consumed_units from tenant_sku where tenant_id = ? and sku_id = ? for update")
                .params(tenantId, skuId).query(Integer.class).single();
    }

    public void update(UUID tenantId, UUID subscriptionId, int quantity, SubscriptionStatus status, Instant end) {
        jdbc.sql("""
                update subscription set quantity = ?, status = ?, end_date = ?, updated_at = now()
                 where tenant_id = ? and subscription_id = ?
                """).params(quantity, status.name(), end == null ? null : Timestamp.from(end), tenantId, subscriptionId).update();
    }

    /** Writes the prepaid units derived from the product's subscriptions. */
    public void writeUnits(UUID tenantId, UUID skuId, SeatCounts counts) {
        jdbc.sql("""
                update tenant_sku set enabled_units = ?, warning_units = ?, suspended_units = ?, locked_out_units = ?
                 where tenant_id = ? and sku_id = ?
                """).params(counts.enabled(), counts.warning(), counts.suspended(), counts.lockedOut(), tenantId, skuId).update();
    }

    /** Every subscribed product's prepaid and consumed units, by skuId. */
    public Map<UUID, SeatCounts> seatCounts(UUID tenantId) {
        Map<UUID, SeatCounts> counts = new HashMap<>();
        jdbc.sql("select * from tenant_sku where tenant_id = ?").param(tenantId).query(rs -> {
            counts.put(rs.getObject("sku_id", UUID.class), new SeatCounts(rs.getInt("enabled_units"), rs.getInt("warning_units"),
                    rs.getInt("suspended_units"), rs.getInt("locked_out_units"), rs.getInt("consumed_units")));
        });
        return counts;
    }

    public List<ServicePlan> plans(UUID tenantId, UUID skuId) {
        return jdbc.sql("select * from tenant_sku_plan where tenant_id = ? and sku_id = ? order by service_plan_name")
                .params(tenantId, skuId).query((rs, i) -> new ServicePlan(rs.getObject("service_plan_id", UUID.class),
                        rs.getString("service_plan_name"), rs.getString("friendly_name"),
                        dev.allot.catalog.domain.AppliesTo.parse(rs.getString("applies_to"))))
                .list();
    }

    static Subscription map(ResultSet rs, int row) throws SQLException {
        Timestamp end = rs.getTimestamp("end_date");
        return new Subscription(rs.getObject("subscription_id", UUID.class), rs.getObject("sku_id", UUID.class),
                rs.getString("sku_part_number"), rs.getString("product_name"), rs.getInt("quantity"),
                SubscriptionStatus.valueOf(rs.getString("status")), rs.getBoolean("is_trial"),
                rs.getTimestamp("start_date").toInstant(), end == null ? null : end.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
