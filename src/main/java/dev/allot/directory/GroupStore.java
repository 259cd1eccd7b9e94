package dev.allot.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.allot.directory.domain.Group;
import dev.allot.directory.domain.User;

/** Groups and their members, in SQL. */
@Repository
public class GroupStore {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public GroupStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public void insert(UUID tenantId, Group group) {
        jdbc.sql("""
                insert into directory_group (tenant_id, group_id, display_name, description, mail_nickname, mail_enabled, security_enabled, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(tenantId, group.id(), group.displayName(), group.description(), group.mailNickname(),
                group.mailEnabled(), group.securityEnabled(), java.sql.Timestamp.from(group.createdDateTime())).update();
    }

    public void update(UUID tenantId, Group group) {
        jdbc.sql("""
                update directory_group set display_name = ?, description = ?, mail_nickname = ?, mail_enabled = ?, security_enabled = ?
                 where tenant_id = ? and group_id = ?
                """).params(group.displayName(), group.description(), group.mailNickname(), group.mailEnabled(),
                group.securityEnabled(), tenantId, group.id()).update();
    }

    public Optional<Group> find(UUID tenantId, UUID groupId) {
        return jdbc.sql("select * from directory_group where tenant_id = ? and group_id = ?").params(tenantId, groupId)
                .query(GroupStore::map).optional();
    }

    /** Locks the group row for the rest of the transaction (membership and licensing changes serialize on it). */
    public Optional<Group> lock(UUID tenantId, UUID groupId) {
        return jdbc.sql("select * from directory_group where tenant_id = ? and group_id = ? for update").params(tenantId, groupId)
                .query(GroupStore::map).optional();
    }

    public boolean delete(UUID tenantId, UUID groupId) {
        return jdbc.sql("delete from directory_group where tenant_id = ? and group_id = ?").params(tenantId, groupId).update() == 1;
    }

    public List<Group> page(UUID tenantId, SqlCondition condition, String afterName, UUID afterId, int size) {
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("tenant", tenantId);
        params.put("limit", size);
        String keyset = "";
        if (afterId != null) {
            keyset = " and (g.display_name, g.group_id) > (:afterName, :afterId)";
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        return named.query("select g.* from directory_group g where g.tenant_id = :tenant and (" + condition.sql() + ")" + keyset
                + " order by g.display_name, g.group_id limit :limit", params, GroupStore::map);
    }

    public long count(UUID tenantId, SqlCondition condition) {
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("tenant", tenantId);
        Long n = named.queryForObject("select count(*) from directory_group g where g.tenant_id = :tenant and (" + condition.sql() + ")",
                params, Long.class);
        return n == null ? 0 : n;
    }

    /** Adds the member; false when they already were one. */
    public boolean addMember(UUID tenantId, UUID groupId, UUID userId) {
        return jdbc.sql("insert into group_member (tenant_id, group_id, user_id) values (?, ?, ?) on conflict do nothing")
                .params(tenantId, groupId, userId).update() == 1;
    }

    public boolean removeMember(UUID tenantId, UUID groupId, UUID userId) {
        return jdbc.sql("delete from group_member where tenant_id = ? and group_id = ? and user_id = ?")
                .params(tenantId, groupId, userId).update() == 1;
    }

    /** Members that are not deleted, by display name, after the given one (keyset paging). */
    public List<User> members(UUID tenantId, UUID groupId, String afterName, UUID afterId, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenantId);
        params.put("group", groupId);
        params.put("limit", size);
        String keyset = "";
        if (afterId != null) {
            keyset = " and (u.display_name, u.user_id) > (:afterName, :afterId)";
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        return named.query("""
                select u.* from group_member m join directory_user u on u.tenant_id = m.tenant_id and u.user_id = m.user_id
                 where m.tenant_id = :tenant and m.group_id = :group and u.deleted_at is null""" + keyset
                + " order by u.display_name, u.user_id limit :limit", params, UserStore::map);
    }

    /** Members who carry a licensing error from this group, by display name, after the given one. */
    public List<User> membersWithLicenseErrors(UUID tenantId, UUID groupId, String afterName, UUID afterId, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenantId);
        params.put("group", groupId);
        params.put("limit", size);
        String keyset = "";
        if (afterId != null) {
            keyset = " and (u.display_name, u.user_id) > (:afterName, :afterId)";
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        return named.query("""
                select u.* from directory_user u
                 where u.tenant_id = :tenant and u.deleted_at is null
                   and exists (select 1 from license_assignment a where a.tenant_id = u.tenant_id and a.user_id = u.user_id
                                and a.source_group_id = :group and a.state = 'Error')
                   and exists (select 1 from group_member m where m.tenant_id = u.tenant_id and m.group_id = :group and m.user_id = u.user_id)""" + keyset
                + " order by u.display_name, u.user_id limit :limit", params, UserStore::map);
    }

    public long memberCount(UUID tenantId, UUID groupId) {
        return jdbc.sql("""
                select count(*) from group_member m join directory_user u on u.tenant_id = m.tenant_id and u.user_id = m.user_id
                 where m.tenant_id = ? and m.group_id = ? and u.deleted_at is null
                """).params(tenantId, groupId).query(Long.class).single();
    }

    public List<Group> groupsOf(UUID tenantId, UUID userId) {
        return new ArrayList<>(jdbc.sql("""
                select g.* from group_member m join directory_group g on g.tenant_id = m.tenant_id and g.group_id = m.group_id
                 where m.tenant_id = ? and m.user_id = ? order by g.display_name
                """).params(tenantId, userId).query(GroupStore::map).list());
    }

    static Group map(ResultSet rs, int row) throws SQLException {
        return new Group(rs.getObject("group_id", UUID.class), rs.getString("display_name"), rs.getString("description"),
                rs.getString("mail_nickname"), rs.getBoolean("mail_enabled"), rs.getBoolean("security_enabled"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("license_processing_state"));
    }
}
