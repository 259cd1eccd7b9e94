package dev.allot.graph;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.web.JsonBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies of the Graph API, read strictly: one JSON object, no trailing content, bounded nesting and
 * sizes; every property checked against the declared ones so that a typo is an error, not silently ignored.
 */
public final class GraphBody {

    private final ObjectNode node;

    private GraphBody(ObjectNode node) {
        this.node = node;
    }

    /** Read as strictly as every other API body (see {@link JsonBody}). */
    public static GraphBody parse(byte[] body) {
        return new GraphBody(JsonBody.readObject(body));
    }

    /** An object nested in a body (such as one request of a batch), to be checked the same way. */
    public static GraphBody of(ObjectNode node) {
        return new GraphBody(node);
    }

    public ObjectNode node() {
        return node;
    }

    /** Refuses any property not in the allowed set (OData annotations such as @odata.type are allowed). */
    public GraphBody allowOnly(Set<String> allowed) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name) && !name.startsWith("@odata.")) {
                throw new AllotException(ErrorCode.UNKNOWN_PROPERTY,
                        "Property '" + name + "' does not exist as a declared property or extension property.");
            }
        }
        return this;
    }

    public boolean has(String name) {
        return node.has(name);
    }

    public JsonNode get(String name) {
        return node.get(name);
    }

    /** A required array property. */
    public List<JsonNode> array(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw invalid("Property '" + name + "' is required (use [] for none).");
        }
        if (!value.isArray()) {
            throw invalid("Property '" + name + "' must be an array.");
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    /** Converts a JSON value to the plain Java value a domain type expects (String, Boolean, List, null). */
    public static Object plain(String property, JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(v -> items.add(plain(property, v)));
            return items;
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        throw invalid("Property '" + property + "' has an unsupported value.");
    }

    public static UUID guid(String what, JsonNode value) {
        if (value == null || !value.isString()) {
            throw invalid(what + " must be a GUID string.");
        }
        return guid(what, value.stringValue());
    }

    public static UUID guid(String what, String value) {
        if (value == null || !value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            throw invalid("Invalid GUID '" + value + "' for " + what + ".");
        }
        return UUID.fromString(value);
    }

    public Iterator<Map.Entry<String, JsonNode>> properties() {
        return node.properties().iterator();
    }

    static AllotException invalid(String message) {
        return new AllotException(ErrorCode.INVALID_VALUE, message);
    }
}
