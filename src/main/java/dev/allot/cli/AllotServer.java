package dev.allot.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's connection to an Allot server's API: JSON in, JSON out, errors turned into exit codes. */
public final class AllotServer {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public AllotServer(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
        if (!this.base.startsWith("http://") && !this.base.startsWith("https://")) {
            throw new CliException(ExitCode.USAGE, "The server must be an http:// or https:// URL, got '" + base + "'.");
        }
    }

    public String base() {
        return base;
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    public JsonNode patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode send(String method, String path, Object body) {
        String url = path.startsWith("http") ? path : base + path;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpTimeoutException e) {
            throw new CliException(ExitCode.UNREACHABLE, "Cannot reach the Allot server at " + base + " (" + e.getClass().getSimpleName() + ").");
        } catch (IOException e) {
            throw new CliException(ExitCode.UNREACHABLE, "Cannot reach the Allot server at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCode.UNREACHABLE, "Interrupted.");
        }
        return answer(r);
    }

    private static JsonNode answer(HttpResponse<String> r) {
        JsonNode json = parse(r.body());
        if (r.statusCode() < 400) {
            return json;
        }
        String message = json.path("error").path("message").asString(json.path("detail").asString("HTTP " + r.statusCode()));
        if (r.statusCode() == 401) {
            throw new CliException(ExitCode.UNREACHABLE, "The server refused the API token: " + message);
        }
        throw new CliException(r.statusCode() >= 500 ? ExitCode.SERVER_ERROR : ExitCode.REFUSED, message);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            return JSON.getNodeFactory().stringNode(body.strip());
        }
    }
}
