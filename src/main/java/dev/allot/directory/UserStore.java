package dev.allot.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.allot.directory.domain.User;
import dev.allot.directory.domain.UserChanges;
import dev.allot.directory.domain.UserProperty;

/** Users, in SQL. Deleted users stay (restorable) but are invisible here unless asked for. */
@Repository
public class UserStore {

    private static final Map<UserProperty, String> COLUMNS = Map.ofEntries(
            Map.entry(UserProperty.userPrincipalName, "user_principal_name"), Map.entry(UserProperty.displayName, "display_name"),
            Map.entry(UserProperty.givenName, "given_name"), Map.entry(UserProperty.surname, "surname"),
            Map.entry(UserProperty.mail, "mail"), Map.entry(UserProperty.mailNickname, "mail_nickname"),
            Map.entry(UserProperty.jobTitle, "job_title"), Map.entry(UserProperty.department, "department"),
            Map.entry(UserProperty.companyName, "company_name"), Map.entry(UserProperty.mobilePhone, "mobile_phone"),
            Map.entry(UserProperty.officeLocation, "office_location"), Map.entry(UserProperty.preferredLanguage, "preferred_language"),
            Map.entry(UserProperty.businessPhones, "business_phones"), Map.entry(UserProperty.usageLocation, "usage_location"),
            Map.entry(UserProperty.accountEnabled, "account_enabled"));

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    public UserStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    public static String column(UserProperty property) {
        String column = COLUMNS.get(property);
        if (column == null) {
            throw new IllegalArgumentException(property + " is not stored as a column");
        }
        return column;
    }

    public void insert(UUID tenantId, UUID userId, UserChanges values) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("tenant", tenantId).addValue("id", userId);
        List<String> columns = new ArrayList<>(List.of("tenant_id", "user_id"));
        List<String> placeholders = new ArrayList<>(List.of(":tenant", ":id"));
        values.values().forEach((property, value) -> {
            columns.add(column(property));
            placeholders.add(":" + property.name());
            params.addValue(property.name(), sqlValue(property, value));
        });
        named.update("insert into directory_user (" + String.join(", ", columns) + ") values (" + String.join(", ", placeholders) + ")", params);
    }

    public void update(UUID tenantId, UUID userId, UserChanges values) {
        if (values.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("tenant", tenantId).addValue("id", userId);
        List<String> sets = new ArrayList<>();
        values.values().forEach((property, value) -> {
            sets.add(column(property) + " = :" + property.name());
            params.addValue(property.name(), sqlValue(property, value));
        });
        named.update("update directory_user set " + String.join(", ", sets)
                + " where tenant_id = :tenant and user_id = :id and deleted_at is null", params);
    }

    private static Object sqlValue(UserProperty property, Object value) {
        if (property == UserProperty.businessPhones) {
            return value == null ? new String[0] : ((List<?>) value).toArray(String[]::new);
        }
        return value;
    }

    public Optional<User> find(UUID tenantId, UUID userId) {
        return jdbc.sql("select * from directory_user where tenant_id = ? and user_id = ? and deleted_at is null")
                .params(tenantId, userId).query(UserStore::map).optional();
    }

    public Optional<User> findByPrincipalName(UUID tenantId, String userPrincipalName) {
        return jdbc.sql("select * from directory_user where tenant_id = ? and lower(user_principal_name) = lower(?) and deleted_at is null")
                .params(tenantId, userPrincipalName).query(UserStore::map).optional();
    }

    public boolean principalNameTaken(UUID tenantId, String userPrincipalName, UUID exceptUserId) {
        return jdbc.sql("""
                select exists (select 1 from directory_user where tenant_id = ? and lower(user_principal_name) = lower(?)
                                  and deleted_at is null and user_id <> ?)
                """).params(tenantId, userPrincipalName, exceptUserId == null ? new UUID(0, 0) : exceptUserId)
                .query(Boolean.class).single();
    }

    public List<User> findAll(UUID tenantId, List<UUID> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from directory_user where tenant_id = ? and user_id = any(?) and deleted_at is null")
                .params(tenantId, userIds.toArray(UUID[]::new)).query(UserStore::map).list();
    }

    /** Marks the user deleted; returns false when there was no such (undeleted) user. */
    public boolean softDelete(UUID tenantId, UUID userId) {
        return jdbc.sql("update directory_user set deleted_at = now() where tenant_id = ? and user_id = ? and deleted_at is null")
                .params(tenantId, userId).update() == 1;
    }

    /** A page of users matching the condition, in the given order, after the given key (keyset paging). */
    public UserPage page(UUID tenantId, SqlCondition condition, UserOrder order, boolean descending, UserPage.PageKey after, int size) {
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("tenant", tenantId);
        params.put("limit", size + 1);
        String direction = descending ? "desc" : "asc";
        StringBuilder sql = new StringBuilder("select u.*, ").append(order.expression()).append(" as sort_value from directory_user u")
                .append(" where u.tenant_id = :tenant and u.deleted_at is null and (").append(condition.sql()).append(")");
        if (after != null) {
            sql.append(" and (").append(order.expression()).append(", u.user_id) ").append(descending ? "<" : ">")
                    .append(" (:afterValue, :afterId)");
            params.put("afterValue", after.sortValue());
            params.put("afterId", after.id());
        }
        sql.append(" order by ").append(order.expression()).append(' ').append(direction).append(", u.user_id ").append(direction)
                .append(" limit :limit");
        List<Object[]> rows = named.query(sql.toString(), params, (rs, i) -> new Object[] {map(rs, i), rs.getString("sort_value")});
        List<User> users = new ArrayList<>();
        UserPage.PageKey next = null;
        for (int i = 0; i < Math.min(size, rows.size()); i++) {
            users.add((User) rows.get(i)[0]);
        }
        if (rows.size() > size) {
            Object[] last = rows.get(size - 1);
            next = new UserPage.PageKey((String) last[1], ((User) last[0]).id());
        }
        return new UserPage(users, next);
    }

    public long count(UUID tenantId, SqlCondition condition) {
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("tenant", tenantId);
        Long n = named.queryForObject("select count(*) from directory_user u where u.tenant_id = :tenant and u.deleted_at is null and ("
                + condition.sql() + ")", params, Long.class);
        return n == null ? 0 : n;
    }

    static User map(ResultSet rs, int row) throws SQLException {
        return new User(rs.getObject("user_id", UUID.class), rs.getString("user_principal_name"), rs.getString("display_name"),
                rs.getString("given_name"), rs.getString("surname"), rs.getString("mail"), rs.getString("mail_nickname"),
                rs.getString("job_title"), rs.getString("department"), rs.getString("company_name"), rs.getString("mobile_phone"),
                rs.getString("office_location"), rs.getString("preferred_language"), strings(rs.getArray("business_phones")),
                rs.getString("usage_location"), rs.getBoolean("account_enabled"), rs.getTimestamp("created_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
