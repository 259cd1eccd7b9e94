package dev.allot.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A Graph path with query options, percent-encoded as a script's HTTP library would: {@code GraphQuery.of("/v1.0/users").with("$top", "5")}. */
public final class GraphQuery {

    private final String path;
    private final List<String> options = new ArrayList<>();

    private GraphQuery(String path) {
        this.path = path;
    }

    public static GraphQuery of(String path) {
        return new GraphQuery(path);
    }

    public GraphQuery with(String option, String value) {
        options.add(option + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        return this;
    }

    @Override
    public String toString() {
        return options.isEmpty() ? path : path + "?" + String.join("&", options);
    }
}
