package dev.allot.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.allot.graph.odata.SelectClause;

/**
 * A Graph collection response: @odata.context, @odata.count when asked for, @odata.nextLink when there is more, value. The keys
 * are in Graph's order: scripts that read the response as a stream meet the links before the values.
 */
public final class CollectionJson {

    private CollectionJson() {
    }

    public static Map<String, Object> of(String context, Long count, String nextLink, List<?> value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@odata.context", context);
        if (count != null) {
            out.put("@odata.count", count);
        }
        if (nextLink != null) {
            out.put("@odata.nextLink", nextLink);
        }
        out.put("value", value);
        return out;
    }

    /** The context fragment Graph writes: the entity set, and the selected properties when $select was given. */
    public static String fragment(String entitySet, SelectClause select) {
        return select.isDefault() ? entitySet : entitySet + "(" + String.join(",", select.properties()) + ")";
    }

    /** The context fragment of one entity of the set, as Graph writes it: {@code users(id,displayName)/$entity}. */
    public static String entityFragment(String entitySet, SelectClause select) {
        return fragment(entitySet, select) + "/$entity";
    }

    /** A single entity's properties after its @odata.context. */
    public static Map<String, Object> entity(String context, Map<String, Object> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@odata.context", context);
        out.putAll(properties);
        return out;
    }
}
