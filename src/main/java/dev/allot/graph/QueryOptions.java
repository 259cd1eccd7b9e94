package dev.allot.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The OData system query options ($select, $top, ...) a resource understands. Any other option is refused:
 * quietly ignoring, say, $orderby would hand a script a list in an order it did not ask for.
 */
public final class QueryOptions {

    private QueryOptions() {
    }

    public static void allowOnly(HttpServletRequest request, String resource, Set<String> supported) {
        for (String name : Collections.list(request.getParameterNames())) {
            if (name.startsWith("$") && !supported.contains(name)) {
                throw new AllotException(ErrorCode.UNSUPPORTED_QUERY,
                        "The query option '" + name + "' is not supported on " + resource + ".");
            }
        }
    }

    /** The request's query parameters, for links that repeat them. */
    public static Map<String, List<String>> parameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        return parameters;
    }
}
