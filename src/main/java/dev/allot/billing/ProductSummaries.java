package dev.allot.billing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import dev.allot.audit.Actor;
import dev.allot.billing.domain.SeatCounts;
import dev.allot.billing.domain.Subscription;
import dev.allot.security.Permissions;

/** The organization's products with their seats, read in two queries however many products there are. */
@Service
public class ProductSummaries {

    private final JdbcClient jdbc;
    private final SubscriptionStore subscriptions;

    public ProductSummaries(JdbcClient jdbc, SubscriptionStore subscriptions) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
    }

    public List<ProductSummary> all(UUID tenantId, Actor actor) {
        Permissions.requireRead(actor);
        Map<UUID, List<Subscription>> bySku = new LinkedHashMap<>();
        subscriptions.all(tenantId).forEach(s -> bySku.computeIfAbsent(s.skuId(), k -> new ArrayList<>()).add(s));
        return jdbc.sql("select * from tenant_sku where tenant_id = ? order by display_name").param(tenantId)
                .query((rs, i) -> {
                    UUID sku = rs.getObject("sku_id", UUID.class);
                    SeatCounts seats = new SeatCounts(rs.getInt("enabled_units"), rs.getInt("warning_units"), rs.getInt("suspended_units"),
                            rs.getInt("locked_out_units"), rs.getInt("consumed_units"));
                    return new ProductSummary(sku, rs.getString("sku_part_number"), rs.getString("display_name"),
                            rs.getString("applies_to"), seats, bySku.getOrDefault(sku, List.of()));
                }).list();
    }

    public Optional<ProductSummary> one(UUID tenantId, Actor actor, UUID skuId) {
        return all(tenantId, actor).stream().filter(p -> p.skuId().equals(skuId)).findFirst();
    }
}
