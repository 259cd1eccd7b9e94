package dev.allot.licensing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.ArrayList;

import org.postgresql.util.PSQLException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.AssignmentError;
import dev.allot.licensing.domain.AssignmentState;
import dev.allot.licensing.domain.LicensePlanner.LicensePlan;
import dev.allot.licensing.domain.Licensee;

/** License assignments and seats, in SQL. Seats are counted and guarded by the database (see V1 triggers). */
@Repository
public class AssignmentStore {

    /** source_group_id of a direct assignment. */
    public static final UUID DIRECT = new UUID(0, 0);
    static final String NO_SEAT_LEFT = "AL001";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public AssignmentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Locks the user for the rest of the transaction, so that concurrent changes to one user's licenses apply one
     * after the other and every rule is checked against what is really there. "No key update" rather than
     * "update": it still serializes licensing changes of this user, but does not block the foreign-key checks of
     * group licensing writing seats for many users at once (which would deadlock with this lock).
     */
    public Optional<LockedUser> lockUser(UUID tenantId, UUID userId) {
        return jdbc.sql("""
                select u.user_id, u.usage_location, t.config_version
                  from directory_user u join tenant t on t.tenant_id = u.tenant_id
                 where u.tenant_id = ? and u.user_id = ? and u.deleted_at is null
                   for no key update of u
                """).params(tenantId, userId)
                .query((rs, i) -> new LockedUser(new Licensee(rs.getObject(1, UUID.class), rs.getString(2)), rs.getLong(3)))
                .optional();
    }

    public List<Assignment> assignments(UUID tenantId, UUID userId) {
        return jdbc.sql("select * from license_assignment where tenant_id = ? and user_id = ? order by assigned_at, sku_id")
                .params(tenantId, userId).query(AssignmentStore::map).list();
    }

    /** Assignments of many users at once (for lists), by user. */
    public Map<UUID, List<Assignment>> assignments(UUID tenantId, List<UUID> userIds) {
        Map<UUID, List<Assignment>> byUser = new HashMap<>();
        if (userIds.isEmpty()) {
            return byUser;
        }
        jdbc.sql("select * from license_assignment where tenant_id = ? and user_id = any(?) order by assigned_at, sku_id")
                .params(tenantId, userIds.toArray(UUID[]::new))
                .query(rs -> {
                    byUser.computeIfAbsent(rs.getObject("user_id", UUID.class), k -> new ArrayList<>()).add(map(rs, 0));
                });
        return byUser;
    }

    /** Writes an approved plan. Throws {@link NoSeatLeftException} when the database refuses a seat. */
    public void write(UUID tenantId, UUID userId, LicensePlan plan) {
        if (!plan.directRemovals().isEmpty()) {
            jdbc.sql("delete from license_assignment where tenant_id = ? and user_id = ? and source_group_id = ? and sku_id = any(?)")
                    .params(tenantId, userId, DIRECT, plan.directRemovals().toArray(UUID[]::new)).update();
        }
        if (!plan.directUpserts().isEmpty()) {
            template.batchUpdate("""
                    insert into license_assignment (tenant_id, user_id, sku_id, source_group_id, disabled_plans, state, assigned_at, last_updated_at)
                    values (?, ?, ?, ?, ?, 'Active', ?, ?)
                    on conflict (tenant_id, user_id, sku_id, source_group_id) do update
                       set disabled_plans = excluded.disabled_plans, last_updated_at = excluded.last_updated_at
                    """, plan.directUpserts(), 100, (ps, a) -> {
                ps.setObject(1, tenantId);
                ps.setObject(2, userId);
                ps.setObject(3, a.skuId());
                ps.setObject(4, DIRECT);
                ps.setArray(5, ps.getConnection().createArrayOf("uuid", a.disabledPlans().toArray()));
                ps.setTimestamp(6, Timestamp.from(a.assignedAt()));
                ps.setTimestamp(7, Timestamp.from(a.lastUpdatedAt()));
            });
        }
        if (!plan.seatsToFree().isEmpty()) {
            jdbc.sql("delete from user_license where tenant_id = ? and user_id = ? and sku_id = any(?)")
                    .params(tenantId, userId, plan.seatsToFree().toArray(UUID[]::new)).update();
        }
        if (!plan.seatsToTake().isEmpty()) {
            takeSeats(tenantId, userId, plan.seatsToTake());
        }
    }

    private void takeSeats(UUID tenantId, UUID userId, Set<UUID> skus) {
        try {
            jdbc.sql("insert into user_license (tenant_id, user_id, sku_id) select ?, ?, unnest(?::uuid[])")
                    .params(tenantId, userId, skus.toArray(UUID[]::new)).update();
        } catch (DataAccessException e) {
            throw NoSeatLeftException.from(e).orElseThrow(() -> e);
        }
    }

    /** Frees every seat the user holds (the user is being deleted); returns the products freed. */
    public List<UUID> freeAllSeats(UUID tenantId, UUID userId) {
        return jdbc.sql("delete from user_license where tenant_id = ? and user_id = ? returning sku_id")
                .params(tenantId, userId).query(UUID.class).list();
    }

    /** Products whose seat the user holds. */
    public Set<UUID> heldSkus(UUID tenantId, UUID userId) {
        return new HashSet<>(jdbc.sql("select sku_id from user_license where tenant_id = ? and user_id = ?")
                .params(tenantId, userId).query(UUID.class).list());
    }

    static Assignment map(ResultSet rs, int row) throws SQLException {
        UUID group = rs.getObject("source_group_id", UUID.class);
        String error = rs.getString("error");
        return new Assignment(rs.getObject("sku_id", UUID.class), DIRECT.equals(group) ? null : group,
                Set.copyOf(Arrays.asList(uuids(rs.getArray("disabled_plans")))), AssignmentState.valueOf(rs.getString("state")),
                error == null ? null : AssignmentError.valueOf(error), rs.getTimestamp("assigned_at").toInstant(),
                rs.getTimestamp("last_updated_at").toInstant());
    }

    private static UUID[] uuids(Array array) throws SQLException {
        return array == null ? new UUID[0] : (UUID[]) array.getArray();
    }

    /** The locked user as the rules see them, and the tenant's configuration version read in the same statement. */
    public record LockedUser(Licensee licensee, long configVersion) {
    }

    /** The database refused a seat: every usable seat of the product is taken. */
    public static final class NoSeatLeftException extends RuntimeException {
        private final UUID skuId;

        NoSeatLeftException(UUID skuId) {
            super("no seat left for " + skuId, null, false, false);
            this.skuId = skuId;
        }

        public UUID skuId() {
            return skuId;
        }

        static Optional<NoSeatLeftException> from(DataAccessException e) {
            if (e.getMostSpecificCause() instanceof PSQLException p && NO_SEAT_LEFT.equals(p.getSQLState())
                    && p.getServerErrorMessage() != null) {
                return Optional.of(new NoSeatLeftException(UUID.fromString(p.getServerErrorMessage().getDetail())));
            }
            return Optional.empty();
        }
    }
}
