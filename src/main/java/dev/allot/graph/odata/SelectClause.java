package dev.allot.graph.odata;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/** OData {@code $select}: the properties to return, checked against the entity's known ones. */
public record SelectClause(Set<String> properties) {

    public static final SelectClause DEFAULT = new SelectClause(Set.of());

    public static SelectClause parse(String select, Set<String> known) {
        if (select == null) {
            return DEFAULT;
        }
        if (select.isBlank()) {
            throw new AllotException(ErrorCode.UNSUPPORTED_QUERY, "$select must name at least one property.");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String raw : Arrays.asList(select.split(","))) {
            String name = raw.strip();
            if (name.equals("*")) {
                names.addAll(known);
                continue;
            }
            String match = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new AllotException(ErrorCode.UNSUPPORTED_QUERY, "Could not find a property named '" + name
                            + "' on type 'microsoft.graph." + "entity" + "'. Selectable properties: " + String.join(", ", known) + "."));
            names.add(match);
        }
        return new SelectClause(names);
    }

    public boolean isDefault() {
        return properties.isEmpty();
    }

    /** The properties to write, each with its value: the selected ones in the order $select names them, or the entity's defaults. */
    public Map<String, Object> render(List<String> defaults, Function<String, Object> valueOf) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String property : isDefault() ? defaults : properties) {
            out.put(property, valueOf.apply(property));
        }
        return out;
    }

    public boolean includesAny(String... names) {
        return !isDefault() && Arrays.stream(names).anyMatch(properties::contains);
    }
}
