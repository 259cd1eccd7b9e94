package dev.allot.graph.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.graph.GraphBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One request of a JSON batch: {"id", "method", "url", "headers"?, "body"?, "dependsOn"?}. body is null when absent. */
public record BatchItem(String id, String method, RelativeUrl url, Map<String, String> headers, JsonNode body, List<String> dependsOn) {

    static final Set<String> PROPERTIES = Set.of("id", "method", "url", "headers", "body", "dependsOn");
    static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE");

    public BatchItem {
        headers = Map.copyOf(headers);
        dependsOn = List.copyOf(dependsOn);
    }

    static BatchItem parse(JsonNode node) {
        if (!node.isObject()) {
            throw invalid("Each entry of 'requests' must be a JSON object.");
        }
        GraphBody item = GraphBody.of((ObjectNode) node).allowOnly(PROPERTIES);
        String id = text(item, "id", "Every request of a batch needs a non-empty string 'id'.");
        String method = text(item, "method", "Request '" + id + "' needs a 'method'.").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw invalid("The method '" + method + "' of request '" + id + "' is not one of GET, POST, PATCH, PUT, DELETE.");
        }
        RelativeUrl url = RelativeUrl.parse(id, text(item, "url", "Request '" + id + "' needs a 'url'."));
        return new BatchItem(id, method, url, headers(id, item.get("headers")), item.get("body"), dependsOn(id, item.get("dependsOn")));
    }

    private static String text(GraphBody item, String property, String whenMissing) {
        JsonNode value = item.get(property);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw invalid(whenMissing);
        }
        return value.stringValue();
    }

    private static Map<String, String> headers(String id, JsonNode headers) {
        Map<String, String> out = new LinkedHashMap<>();
        if (headers == null || headers.isNull()) {
            return out;
        }
        if (!headers.isObject()) {
            throw invalid("The headers of request '" + id + "' must be a JSON object of names and string values.");
        }
        for (Map.Entry<String, JsonNode> header : headers.properties()) {
            if (!header.getValue().isString()) {
                throw invalid("The header '" + header.getKey() + "' of request '" + id + "' must have a string value.");
            }
            out.put(header.getKey(), header.getValue().stringValue());
        }
        return out;
    }

    private static List<String> dependsOn(String id, JsonNode dependsOn) {
        List<String> out = new ArrayList<>();
        if (dependsOn == null || dependsOn.isNull()) {
            return out;
        }
        if (!dependsOn.isArray()) {
            throw invalid("The dependsOn of request '" + id + "' must be an array of request ids.");
        }
        for (JsonNode dependency : dependsOn) {
            if (!dependency.isString()) {
                throw invalid("The dependsOn of request '" + id + "' must be an array of request ids.");
            }
            out.add(dependency.stringValue());
        }
        return out;
    }

    static AllotException invalid(String message) {
        return new AllotException(ErrorCode.INVALID_BATCH, message);
    }
}
