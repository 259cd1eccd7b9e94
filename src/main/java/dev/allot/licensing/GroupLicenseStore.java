package dev.allot.licensing;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of group-based licensing, set-based: one statement per step whatever the number of members. The
 * working sets of one reconciliation live in temporary tables dropped at commit.
 */
@Repository
public class GroupLicenseStore {

    private static final String ACTIVE = "('Active', 'ActiveWithError')";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public GroupLicenseStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- the group's own licenses

    public List<GroupLicense> licenses(UUID tenantId, UUID groupId) {
        return jdbc.sql("select sku_id, disabled_plans from group_license where tenant_id = ? and group_id = ? order by sku_id")
                .params(tenantId, groupId)
                .query((rs, i) -> new GroupLicense(rs.getObject(1, UUID.class), Set.of(uuids(rs.getArray(2))))).list();
    }

    public Map<UUID, List<GroupLicense>> licenses(UUID tenantId, List<UUID> groupIds) {
        Map<UUID, List<GroupLicense>> byGroup = new HashMap<>();
        if (groupIds.isEmpty()) {
            return byGroup;
        }
        jdbc.sql("select group_id, sku_id, disabled_plans from group_license where tenant_id = ? and group_id = any(?) order by sku_id")
                .params(tenantId, groupIds.toArray(UUID[]::new))
                .query(rs -> {
                    byGroup.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new GroupLicense(rs.getObject(2, UUID.class), Set.of(uuids(rs.getArray(3)))));
                });
        return byGroup;
    }

    public void upsertLicense(UUID tenantId, UUID groupId, GroupLicense license) {
        jdbc.sql("""
                insert into group_license (tenant_id, group_id, sku_id, disabled_plans) values (?, ?, ?, ?)
                on conflict (tenant_id, group_id, sku_id) do update set disabled_plans = excluded.disabled_plans, updated_at = now()
                """).params(tenantId, groupId, license.skuId(), license.disabledPlans().toArray(UUID[]::new)).update();
    }

    public void deleteLicenses(UUID tenantId, UUID groupId, List<UUID> skuIds) {
        jdbc.sql("delete from group_license where tenant_id = ? and group_id = ? and sku_id = any(?)")
                .params(tenantId, groupId, skuIds.toArray(UUID[]::new)).update();
    }

    public void setProcessingState(UUID tenantId, UUID groupId, String state) {
        jdbc.sql("update directory_group set license_processing_state = ?, license_processed_at = case when ? = 'ProcessingComplete' then now() end"
                + " where tenant_id = ? and group_id = ?").params(state, state, tenantId, groupId).update();
    }

    // ---- one reconciliation: members, their classes, seats, writes

    /**
     * Drops this group's rows for products it no longer gives and for people no longer (undeleted) members,
     * remembering whose rows went (their seats may have to be freed).
     */
    public int removeStaleRows(UUID tenantId, UUID groupId, Scope scope) {
        jdbc.sql("drop table if exists gl_removed").update();
        jdbc.sql("create temp table gl_removed (user_id uuid) on commit drop").update();
        return jdbc.sql("""
                with removed as (
                delete from license_assignment a
                 where a.tenant_id = :t and a.source_group_id = :g and (cast(:u as uuid) is null or a.user_id = :u)
                   and (not :waiting or a.state = 'Error')
                   and (not exists (select 1 from group_license gl where gl.tenant_id = a.tenant_id and gl.group_id = :g and gl.sku_id = a.sku_id)
                        or not exists (select 1 from group_member m join directory_user u on u.tenant_id = m.tenant_id and u.user_id = m.user_id
                                        where m.tenant_id = a.tenant_id and m.group_id = :g and m.user_id = a.user_id and u.deleted_at is null))
                returning a.user_id)
                insert into gl_removed select distinct user_id from removed
                """).param("t", tenantId).param("g", groupId).param("u", scope.user()).param("waiting", scope.waitingOnly()).update();
    }

    /**
     * Reads the members into a working table: their usage location (or the organization's), what they hold from
     * other sources (their "profile": members with the same location and profile get the same verdict), and
     * since when they have been waiting (their error row from this group, else when they joined).
     */
    public void loadMembers(UUID tenantId, UUID groupId, Scope scope, String defaultLocation) {
        jdbc.sql("drop table if exists gl_member").update();
        jdbc.sql("""
                create temp table gl_member on commit drop as
                select m.user_id, coalesce(u.usage_location, cast(:loc as char(2)))::text as loc,
                       coalesce(o.profile, '[]'::jsonb) as profile,
                       coalesce(w.since, m.added_at) as since
                  from group_member m
                  join directory_user u on u.tenant_id = m.tenant_id and u.user_id = m.user_id and u.deleted_at is null
                  left join (select a.user_id, jsonb_agg(jsonb_build_array(a.sku_id, a.disabled_plans) order by a.sku_id, a.source_group_id) as profile
                               from license_assignment a
                              where a.tenant_id = :t and a.source_group_id <> :g and a.state in """ + ACTIVE + """
                                and (cast(:u as uuid) is null or a.user_id = :u)
                              group by a.user_id) o on o.user_id = m.user_id
                  left join (select a.user_id, min(a.assigned_at) as since from license_assignment a
                              where a.tenant_id = :t and a.source_group_id = :g and (cast(:u as uuid) is null or a.user_id = :u)
                              group by a.user_id) w on w.user_id = m.user_id
                 where m.tenant_id = :t and m.group_id = :g and (cast(:u as uuid) is null or m.user_id = :u)
                   and (not :waiting or exists (select 1 from license_assignment e where e.tenant_id = m.tenant_id
                                                 and e.source_group_id = :g and e.user_id = m.user_id and e.state = 'Error'))
                """).param("t", tenantId).param("g", groupId).param("u", scope.user()).param("waiting", scope.waitingOnly())
                .param("loc", defaultLocation).update();
        jdbc.sql("create index on gl_member (loc, profile)").update();
        jdbc.sql("analyze gl_member").update();
    }

    /** The distinct (location, profile) classes of the members, each judged once. */
    public List<MemberClass> memberClasses() {
        return jdbc.sql("select loc, profile::text, count(*) from gl_member group by loc, profile")
                .query((rs, i) -> new MemberClass(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    /** Writes the verdict of every class: null error means the class can hold the group's products. */
    public void writeVerdicts(List<Verdict> verdicts) {
        jdbc.sql("drop table if exists gl_verdict").update();
        jdbc.sql("create temp table gl_verdict (loc text, profile jsonb, error text, message text) on commit drop").update();
        template.batchUpdate("insert into gl_verdict values (?, cast(? as jsonb), ?, ?)", verdicts, 500, (ps, v) -> {
            ps.setString(1, v.memberClass().location());
            ps.setString(2, v.memberClass().profile());
            ps.setString(3, v.error());
            ps.setString(4, v.message());
        });
    }

    /**
     * The members the rules allow, with the group's products they still need a seat for (those they do not
     * already hold through another source or through this group).
     */
    public void loadNeeds(UUID tenantId, UUID[] skus) {
        jdbc.sql("drop table if exists gl_need").update();
        jdbc.sql("""
                create temp table gl_need on commit drop as
                select gm.user_id, gm.since,
                       array(select s from unnest(cast(:skus as uuid[])) s
                              where not exists (select 1 from user_license l where l.tenant_id = :t and l.user_id = gm.user_id and l.sku_id = s)
                              order by s) as needs
                  from gl_member gm
                  join gl_verdict v on v.loc is not distinct from gm.loc and v.profile = gm.profile and v.error is null
                """).param("t", tenantId).param("skus", skus).update();
    }

    /** How many allowed members need a seat of each product. */
    public Map<UUID, Long> seatsNeeded() {
        Map<UUID, Long> needed = new HashMap<>();
        jdbc.sql("select s, count(*) from gl_need, unnest(needs) s group by s").query(rs -> {
            needed.put(rs.getObject(1, UUID.class), rs.getLong(2));
        });
        return needed;
    }

    /** Locks the products' seat counters (in a fixed order: no deadlock) and returns the seats left of each. */
    public Map<UUID, Long> lockAvailableSeats(UUID tenantId, UUID[] skus) {
        Map<UUID, Long> available = new HashMap<>();
        jdbc.sql("""
                select sku_id, enabled_units + warning_units - consumed_units from tenant_sku
                 where tenant_id = ? and sku_id = any(?) order by sku_id for update
                """).params(tenantId, skus).query(rs -> {
                    available.put(rs.getObject(1, UUID.class), Math.max(0, rs.getLong(2)));
                });
        return available;
    }

    /** Every allowed member gets their seats (there are enough for all). */
    public void seatEveryone() {
        jdbc.sql("drop table if exists gl_seated").update();
        jdbc.sql("create temp table gl_seated on commit drop as select user_id from gl_need").update();
    }

    /**
     * Seats are short: serve the allowed members oldest first, each all or nothing, until seats run out. Streams
     * the waiting members in order and writes the ones served into the working table.
     */
    public void seatOldestFirst(Map<UUID, Long> available) {
        jdbc.sql("drop table if exists gl_seated").update();
        jdbc.sql("create temp table gl_seated (user_id uuid primary key) on commit drop").update();
        Map<UUID, Long> left = new HashMap<>(available);
        StringBuilder served = new StringBuilder();
        jdbc.sql("select user_id, needs from gl_need order by since, user_id").query(rs -> {
            UUID[] needs = uuids(rs.getArray(2));
            if (Arrays.stream(needs).allMatch(s -> left.getOrDefault(s, 0L) > 0)) {
                for (UUID s : needs) {
                    left.merge(s, -1L, Long::sum);
                }
                served.append(rs.getObject(1, UUID.class)).append('\n');
            }
        });
        copy("copy gl_seated (user_id) from stdin", served.toString());
    }

    /** Members allowed and seated (or needing no new seat) hold every product of the group, Active. */
    public int writeActive(UUID tenantId, UUID groupId) {
        return jdbc.sql("""
                insert into license_assignment (tenant_id, user_id, sku_id, source_group_id, disabled_plans, state, error, assigned_at, last_updated_at)
                select :t, n.user_id, gl.sku_id, :g, gl.disabled_plans, 'Active', null, now(), now()
                  from gl_need n join group_license gl on gl.tenant_id = :t and gl.group_id = :g
                 where cardinality(n.needs) = 0 or exists (select 1 from gl_seated s where s.user_id = n.user_id)
                on conflict (tenant_id, user_id, sku_id, source_group_id) do update
                   set disabled_plans = excluded.disabled_plans, state = 'Active', error = null, last_updated_at = now()
                 where license_assignment.state <> 'Active' or license_assignment.error is not null
                    or license_assignment.disabled_plans <> excluded.disabled_plans
                """).param("t", tenantId).param("g", groupId).update();
    }

    /** The others carry the reason on every product of the group, keeping since when they wait. */
    public int writeErrors(UUID tenantId, UUID groupId) {
        return jdbc.sql("""
                insert into license_assignment (tenant_id, user_id, sku_id, source_group_id, disabled_plans, state, error, assigned_at, last_updated_at)
                select :t, gm.user_id, gl.sku_id, :g, gl.disabled_plans, 'Error',
                       coalesce(v.error, 'CountViolation'), gm.since, now()
                  from gl_member gm
                  join gl_verdict v on v.loc is not distinct from gm.loc and v.profile = gm.profile
                  join group_license gl on gl.tenant_id = :t and gl.group_id = :g
                 where v.error is not null
                    or not exists (select 1 from gl_need n where n.user_id = gm.user_id
                                    and (cardinality(n.needs) = 0 or exists (select 1 from gl_seated s where s.user_id = n.user_id)))
                on conflict (tenant_id, user_id, sku_id, source_group_id) do update
                   set disabled_plans = excluded.disabled_plans, state = 'Error', error = excluded.error, last_updated_at = now()
                 where license_assignment.state <> 'Error' or license_assignment.error is distinct from excluded.error
                    or license_assignment.disabled_plans <> excluded.disabled_plans
                """).param("t", tenantId).param("g", groupId).update();
    }

    /** Seats for the members who now hold the group's products and had none (the database still guards them). */
    public int takeSeats(UUID tenantId) {
        return jdbc.sql("""
                insert into user_license (tenant_id, user_id, sku_id)
                select :t, n.user_id, s.sku
                  from gl_need n cross join unnest(n.needs) as s(sku)
                 where exists (select 1 from gl_seated x where x.user_id = n.user_id)
                """).param("t", tenantId).update();
    }

    /**
     * Frees the seats that no active source gives any more, among the members and the people whose rows this
     * group just dropped; returns the products whose seats were freed.
     */
    public List<UUID> freeUnheldSeats(UUID tenantId, UUID[] skus) {
        return jdbc.sql("""
                delete from user_license l
                 where l.tenant_id = :t and l.sku_id = any(:skus)
                   and (l.user_id in (select user_id from gl_member) or l.user_id in (select user_id from gl_removed))
                   and not exists (select 1 from license_assignment a where a.tenant_id = l.tenant_id and a.user_id = l.user_id
                                    and a.sku_id = l.sku_id and a.state in """ + ACTIVE + """
                                  )
                returning l.sku_id
                """).param("t", tenantId).param("skus", skus).query(UUID.class).list()
                .stream().distinct().toList();
    }

    /** Groups with members waiting for a seat of one of these products, the longest-waiting first. */
    public List<UUID> groupsWaitingFor(UUID tenantId, UUID[] skus) {
        return jdbc.sql("""
                select source_group_id from license_assignment
                 where tenant_id = ? and sku_id = any(?) and error = 'CountViolation'
                 group by source_group_id order by min(assigned_at)
                """).params(tenantId, skus).query(UUID.class).list();
    }

    /** Groups in which this user has an error (to reprocess them). */
    public List<UUID> groupsWithErrorsFor(UUID tenantId, UUID userId) {
        return jdbc.sql("select distinct source_group_id from license_assignment where tenant_id = ? and user_id = ? and state = 'Error'")
                .params(tenantId, userId).query(UUID.class).list();
    }

    /** Groups the user is a member of that give licenses. */
    public List<UUID> licensedGroupsOf(UUID tenantId, UUID userId) {
        return jdbc.sql("""
                select distinct m.group_id from group_member m join group_license gl on gl.tenant_id = m.tenant_id and gl.group_id = m.group_id
                 where m.tenant_id = ? and m.user_id = ?
                """).params(tenantId, userId).query(UUID.class).list();
    }

    public Set<UUID> groupsWithErrors(UUID tenantId, List<UUID> groupIds) {
        if (groupIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select distinct source_group_id from license_assignment where tenant_id = ? and source_group_id = any(?) and state = 'Error'")
                .params(tenantId, groupIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    public boolean hasMembersWithErrors(UUID tenantId, UUID groupId) {
        return jdbc.sql("select exists (select 1 from license_assignment where tenant_id = ? and source_group_id = ? and state = 'Error')")
                .params(tenantId, groupId).query(Boolean.class).single();
    }

    public long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void copy(String sql, String rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.execute((java.sql.Connection c) -> {
            try {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn(sql, new java.io.StringReader(rows));
                return null;
            } catch (java.io.IOException e) {
                throw new SQLException("copy failed", e);
            }
        });
    }

    static UUID[] uuids(Array array) throws SQLException {
        return array == null ? new UUID[0] : (UUID[]) array.getArray();
    }

    /** Which members a reconciliation looks at: all, one, or those carrying an error (waiting). */
    public record Scope(UUID user, boolean waitingOnly) {
        public static final Scope ALL = new Scope(null, false);
        public static final Scope WAITING = new Scope(null, true);

        public static Scope member(UUID userId) {
            return new Scope(userId, false);
        }
    }

    /** Members who share a usage location and what they hold from other sources. */
    public record MemberClass(String location, String profile, long members) {
    }

    /** A class's verdict: error is Graph's word (MutuallyExclusiveViolation, ...) or null when allowed. */
    public record Verdict(MemberClass memberClass, String error, String message) {
    }
}
