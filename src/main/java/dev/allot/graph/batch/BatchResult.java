package dev.allot.graph.batch;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/** One entry of a batch response: {"id", "status", "headers", "body"}; body is left out when the answer had none (a 204). */
public record BatchResult(String id, int status, Map<String, String> headers, JsonNode body) {

    public BatchResult {
        headers = Map.copyOf(headers);
    }

    /** The answer's body as the batch response embeds it: JSON as JSON, anything else as text. */
    static JsonNode body(JsonMapper json, byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException notJson) {
            return StringNode.valueOf(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("status", status);
        out.put("headers", headers);
        if (body != null) {
            out.put("body", body);
        }
        return out;
    }
}
