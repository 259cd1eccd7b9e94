package dev.allot.directory;

import java.util.Map;

/**
 * A WHERE-clause fragment over a table aliased {@code u} (users) or {@code g} (groups), with its named
 * parameters. Built only by translators from parsed queries, never from raw client text.
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public static final SqlCondition NONE = new SqlCondition("true", Map.of());

    public SqlCondition {
        params = Map.copyOf(params);
    }
}
