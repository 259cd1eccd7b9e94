package dev.allot.billing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.SubscribedSku;
import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.licensing.TenantCatalogs;

/**
 * Subscribed products in two queries whatever their number: the products with their seat counters and
 * subscriptions aggregated, then every plan of those products.
 */
@Repository
public class SubscribedSkuStore {

    private static final String PRODUCTS = """
            select t.sku_id, t.sku_part_number, t.applies_to, t.enabled_units, t.warning_units, t.suspended_units,
                   t.locked_out_units, t.consumed_units,
                   array_remove(array_agg(s.subscription_id order by s.start_date, s.subscription_id), null) as subscription_ids,
                   array_remove(array_agg(distinct s.status), null) as statuses
              from tenant_sku t left join subscription s on s.tenant_id = t.tenant_id and s.sku_id = t.sku_id
             where t.tenant_id = :tenant and (cast(:sku as uuid) is null or t.sku_id = :sku)
             group by t.tenant_id, t.sku_id
             order by t.sku_part_number, t.sku_id
            """;
    private static final String PLANS = """
            select sku_id, service_plan_id, service_plan_name, friendly_name, applies_to from tenant_sku_plan
             where tenant_id = :tenant and (cast(:sku as uuid) is null or sku_id = :sku)
             order by service_plan_name, service_plan_id
            """;

    private final NamedParameterJdbcTemplate named;

    public SubscribedSkuStore(NamedParameterJdbcTemplate named) {
        this.named = named;
    }

    /** Every subscribed product of the tenant, or only the one with skuId when it is not null. */
    public List<SubscribedSku> find(UUID tenantId, UUID skuId) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenantId);
        params.put("sku", skuId);
        Map<UUID, List<ServicePlan>> plans = new HashMap<>();
        named.query(PLANS, params, rs -> {
            plans.computeIfAbsent(rs.getObject("sku_id", UUID.class), k -> new ArrayList<>()).add(plan(rs));
        });
        return named.query(PRODUCTS, params, (rs, i) -> product(rs, plans.getOrDefault(rs.getObject("sku_id", UUID.class), List.of())));
    }

    private static SubscribedSku product(ResultSet rs, List<ServicePlan> plans) throws SQLException {
        SeatCounts units = new SeatCounts(rs.getInt("enabled_units"), rs.getInt("warning_units"), rs.getInt("suspended_units"),
                rs.getInt("locked_out_units"), rs.getInt("consumed_units"));
        // the statuses are aggregated distinct, so they make a set as they are
        Set<String> statuses = Set.of(strings(rs.getArray("statuses")));
        return new SubscribedSku(rs.getObject("sku_id", UUID.class), rs.getString("sku_part_number"),
                AppliesTo.parse(rs.getString("applies_to")), TenantCatalogs.capability(statuses), units, plans,
                Arrays.asList((UUID[]) rs.getArray("subscription_ids").getArray()));
    }

    private static ServicePlan plan(ResultSet rs) throws SQLException {
        return new ServicePlan(rs.getObject("service_plan_id", UUID.class), rs.getString("service_plan_name"),
                rs.getString("friendly_name"), AppliesTo.parse(rs.getString("applies_to")));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
