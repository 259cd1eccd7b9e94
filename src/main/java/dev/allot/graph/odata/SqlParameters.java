package dev.allot.graph.odata;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The named parameters of a translated filter. Every value a client sent goes here, never into the SQL text;
 * the names (f1, f2, ...) cannot clash with those the stores add (tenant, limit, afterValue, ...).
 */
final class SqlParameters {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Registers the value and returns its placeholder, e.g. {@code :f3}. */
    String add(Object value) {
        String name = "f" + (values.size() + 1);
        values.put(name, value);
        return ":" + name;
    }

    Map<String, Object> values() {
        return values;
    }
}
