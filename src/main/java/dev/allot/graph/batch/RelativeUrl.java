package dev.allot.graph.batch;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriUtils;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.graph.odata.QueryStrings;

/**
 * The url of a batched request, relative to /v1.0 as Graph requires ("/users/{id}" or "users?$top=1"). Dot
 * segments are refused so that no batched request can step out of the Graph API onto another path.
 */
public record RelativeUrl(String path, Map<String, List<String>> parameters) {

    static final String ROOT = "/v1.0";

    public RelativeUrl {
        // in the client's order, so that links built from them read as the client wrote them
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        parameters.forEach((name, values) -> ordered.put(name, List.copyOf(values)));
        parameters = Collections.unmodifiableMap(ordered);
    }

    static RelativeUrl parse(String requestId, String url) {
        if (url.contains("://") || url.startsWith("//") || url.contains("#")) {
            throw invalid(requestId, url);
        }
        int question = url.indexOf('?');
        String rawPath = question < 0 ? url : url.substring(0, question);
        try {
            String path = ROOT + "/" + UriUtils.decode(rawPath.startsWith("/") ? rawPath.substring(1) : rawPath, StandardCharsets.UTF_8);
            if (List.of(path.split("/", -1)).stream().anyMatch(segment -> segment.equals(".") || segment.equals(".."))) {
                throw invalid(requestId, url);
            }
            return new RelativeUrl(path, QueryStrings.parse(question < 0 ? null : url.substring(question + 1)));
        } catch (IllegalArgumentException brokenEscape) {
            throw invalid(requestId, url);
        }
    }

    /** The path as a request URI carries it: percent-encoded. */
    String encodedPath() {
        return UriUtils.encodePath(path, StandardCharsets.UTF_8);
    }

    /** The query string, encoded again from the parsed parameters; null when there is none. */
    String queryString() {
        return parameters.isEmpty() ? null : QueryStrings.encode(parameters);
    }

    private static AllotException invalid(String requestId, String url) {
        return new AllotException(ErrorCode.INVALID_BATCH, "The url '" + url + "' of request '" + requestId
                + "' must be relative to " + ROOT + ", such as /users/{id} or groups?$top=5.");
    }
}
