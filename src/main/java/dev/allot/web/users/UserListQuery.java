package dev.allot.web.users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.allot.directory.SqlCondition;
import dev.allot.directory.UserOrder;
import dev.allot.directory.UserPage.PageKey;

/**
 * What the Active users table shows: search text, a filter, the sort, the page size and where the page starts.
 * Pages are read by key (never by offset), so the table stays fast with 100,000 users.
 */
public record UserListQuery(String search, String filter, UserOrder order, boolean descending, int size, Cursor cursor,
        boolean selectedOnly) {

    public static final List<Integer> SIZES = List.of(25, 50, 100);

    /** Which page: the first, the last, the one after a key, or the one before a key. */
    public record Cursor(String move, PageKey key) {
        static final Cursor FIRST = new Cursor("first", null);
    }

    public static UserListQuery from(Map<String, String> p) {
        String search = p.getOrDefault("search", "").strip();
        if (search.length() > 100) {
            search = search.substring(0, 100);
        }
        String filter = p.getOrDefault("filter", "all");
        UserOrder order = "userPrincipalName".equals(p.get("sort")) ? UserOrder.USER_PRINCIPAL_NAME : UserOrder.DISPLAY_NAME;
        boolean descending = "desc".equals(p.get("dir"));
        int size = parseSize(p.get("size"));
        return new UserListQuery(search, filter, order, descending, size, cursor(p), "selected".equals(p.get("view")));
    }

    private static int parseSize(String value) {
        try {
            int n = Integer.parseInt(value);
            return SIZES.contains(n) ? n : 25;
        } catch (NumberFormatException | NullPointerException e) {
            return 25;
        }
    }

    private static Cursor cursor(Map<String, String> p) {
        String move = p.getOrDefault("move", "first");
        if (!List.of("next", "previous", "last").contains(move)) {
            return Cursor.FIRST;
        }
        if (move.equals("last")) {
            return new Cursor("last", null);
        }
        try {
            return new Cursor(move, new PageKey(p.getOrDefault("key", ""), UUID.fromString(p.get("id"))));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Cursor.FIRST;
        }
    }

    public String sortName() {
        return order == UserOrder.USER_PRINCIPAL_NAME ? "userPrincipalName" : "displayName";
    }

    /** The SQL for the search and filter, with named parameters only. */
    public SqlCondition condition(List<UUID> selected) {
        StringBuilder sql = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (!search.isEmpty()) {
            sql.append(" and (lower(u.display_name) like :q escape '\\' or lower(u.user_principal_name) like :q escape '\\'"
                    + " or lower(coalesce(u.surname, '')) like :q escape '\\' or lower(coalesce(u.mail, '')) like :q escape '\\')");
            params.put("q", escapeLike(search.toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (filter.equals("licensed")) {
            sql.append(" and exists (select 1 from user_license l where l.tenant_id = u.tenant_id and l.user_id = u.user_id)");
        } else if (filter.equals("unlicensed")) {
            sql.append(" and not exists (select 1 from user_license l where l.tenant_id = u.tenant_id and l.user_id = u.user_id)");
        } else if (filter.startsWith("sku:")) {
            try {
                params.put("sku", UUID.fromString(filter.substring(4)));
                sql.append(" and exists (select 1 from user_license l where l.tenant_id = u.tenant_id and l.user_id = u.user_id and l.sku_id = :sku)");
            } catch (IllegalArgumentException ignored) {
                // an unknown filter shows everyone
            }
        }
        if (selectedOnly) {
            sql.append(" and u.user_id = any(:selected)");
            params.put("selected", selected.toArray(UUID[]::new));
        }
        return new SqlCondition(sql.toString(), params);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
