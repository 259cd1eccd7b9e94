package dev.allot.tenant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations, in SQL. */
@Repository
public class TenantStore {

    private final JdbcClient jdbc;

    public TenantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void create(UUID tenantId, String displayName, String defaultUsageLocation) {
        jdbc.sql("insert into tenant (tenant_id, display_name, default_usage_location) values (?, ?, ?)")
                .params(tenantId, displayName, defaultUsageLocation).update();
    }

    public Optional<Tenant> find(UUID tenantId) {
        return jdbc.sql("select * from tenant where tenant_id = ?").param(tenantId).query(TenantStore::map).optional();
    }

    public List<Tenant> all() {
        return jdbc.sql("select * from tenant order by created_at").query(TenantStore::map).list();
    }

    public boolean any() {
        return jdbc.sql("select exists (select 1 from tenant)").query(Boolean.class).single();
    }

    /** Products, plans or rules changed: cached snapshots of this tenant's catalog are now stale everywhere. */
    public void bumpConfigVersion(UUID tenantId) {
        jdbc.sql("update tenant set config_version = config_version + 1 where tenant_id = ?").param(tenantId).update();
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        return new Tenant(rs.getObject("tenant_id", UUID.class), rs.getString("display_name"),
                rs.getString("default_usage_location"), rs.getBoolean("is_partner"), rs.getLong("config_version"),
                rs.getTimestamp("created_at").toInstant());
    }
}
