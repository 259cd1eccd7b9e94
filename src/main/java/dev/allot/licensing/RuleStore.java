package dev.allot.licensing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.allot.licensing.domain.LicensingRule;
import dev.allot.licensing.domain.RuleKind;

/** An organization's licensing rules, in SQL. */
@Repository
public class RuleStore {

    private final JdbcClient jdbc;

    public RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LicensingRule> all(UUID tenantId) {
        return jdbc.sql("select * from licensing_rule where tenant_id = ? order by created_at, rule_id").param(tenantId)
                .query(RuleStore::map).list();
    }

    public Optional<LicensingRule> find(UUID tenantId, UUID ruleId) {
        return jdbc.sql("select * from licensing_rule where tenant_id = ? and rule_id = ?").params(tenantId, ruleId)
                .query(RuleStore::map).optional();
    }

    public void insert(UUID tenantId, LicensingRule rule) {
        jdbc.sql("""
                insert into licensing_rule (tenant_id, rule_id, kind, plan_id, sku_id, other_plan_ids, countries, description)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(tenantId, rule.id(), rule.kind().name(), rule.planId(), rule.skuId(),
                rule.otherPlanIds().toArray(UUID[]::new), rule.countries().stream().sorted().toArray(String[]::new),
                rule.description()).update();
    }

    /** Deletes the rule; returns it as it was, or empty when the tenant has no such rule. */
    public Optional<LicensingRule> delete(UUID tenantId, UUID ruleId) {
        return jdbc.sql("delete from licensing_rule where tenant_id = ? and rule_id = ? returning *").params(tenantId, ruleId)
                .query(RuleStore::map).optional();
    }

    /** Deletes every rule of the tenant; returns how many there were. */
    public int deleteAll(UUID tenantId) {
        return jdbc.sql("delete from licensing_rule where tenant_id = ?").param(tenantId).update();
    }

    static LicensingRule map(ResultSet rs, int row) throws SQLException {
        return new LicensingRule(rs.getObject("rule_id", UUID.class), RuleKind.valueOf(rs.getString("kind")),
                rs.getObject("plan_id", UUID.class), rs.getObject("sku_id", UUID.class),
                Set.copyOf(Arrays.asList((UUID[]) array(rs.getArray("other_plan_ids")))),
                Set.copyOf(Arrays.asList((String[]) array(rs.getArray("countries")))), rs.getString("description"));
    }

    private static Object[] array(Array array) throws SQLException {
        return (Object[]) array.getArray();
    }
}
