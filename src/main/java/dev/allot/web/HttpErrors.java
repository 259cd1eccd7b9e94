package dev.allot.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import dev.allot.audit.RequestIds;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where an {@link ErrorCode} becomes an HTTP response: Microsoft Graph's error shape under
 * {@code /v1.0}, RFC 9457 problem details everywhere else. Never a stack trace.
 */
@Component
public class HttpErrors {

    public static final String PROBLEM_BASE = "https://allot.dev/problems/";

    private final JsonMapper json;

    public HttpErrors(JsonMapper json) {
        this.json = json;
    }

    public static boolean isGraph(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/v1.0") || path.startsWith("/v1.0/");
    }

    public ResponseEntity<Object> response(HttpServletRequest request, AllotException e) {
        return response(request, e.code(), e.getMessage(), e.details());
    }

    public ResponseEntity<Object> response(HttpServletRequest request, ErrorCode code, String message, List<AllotException.Detail> details) {
        boolean graph = isGraph(request);
        return ResponseEntity.status(code.httpStatus())
                .contentType(graph ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON)
                .body(graph ? graphBody(request, code, message, details) : problemBody(request, code, message, details));
    }

    /** For filters, which answer before any controller runs. */
    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String message) throws IOException {
        boolean graph = isGraph(request);
        response.setStatus(code.httpStatus());
        response.setContentType(graph ? MediaType.APPLICATION_JSON_VALUE : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (code == ErrorCode.UNAUTHENTICATED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"allot\"");
        }
        Object body = graph ? graphBody(request, code, message, List.of()) : problemBody(request, code, message, List.of());
        response.getWriter().write(json.writeValueAsString(body));
    }

    Map<String, Object> graphBody(HttpServletRequest request, ErrorCode code, String message, List<AllotException.Detail> details) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("code", code.title());
        inner.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        inner.put("request-id", requestId(request));
        inner.put("client-request-id", clientRequestId(request));
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.graphCode());
        error.put("message", message);
        if (!details.isEmpty()) {
            error.put("details", details.stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", d.code().title());
                m.put("message", d.message());
                m.put("target", d.target());
                return m;
            }).toList());
        }
        error.put("innerError", inner);
        return Map.of("error", error);
    }

    Map<String, Object> problemBody(HttpServletRequest request, ErrorCode code, String message, List<AllotException.Detail> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create(PROBLEM_BASE + code.title()).toString());
        body.put("title", code.title().replaceAll("([a-z])([A-Z])", "$1 $2"));
        body.put("status", code.httpStatus());
        body.put("detail", message);
        body.put("instance", request.getRequestURI());
        body.put("code", code.name());
        body.put("requestId", requestId(request));
        if (!details.isEmpty()) {
            body.put("errors", details.stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("code", d.code().name());
                m.put("detail", d.message());
                m.put("target", d.target());
                return m;
            }).toList());
        }
        return body;
    }

    private static String requestId(HttpServletRequest request) {
        String id = RequestIds.current();
        if (id == null) {
            Object attribute = request.getAttribute(RequestIdFilter.ATTRIBUTE);
            id = attribute == null ? null : attribute.toString();
        }
        return id;
    }

    private static String clientRequestId(HttpServletRequest request) {
        String id = request.getHeader("client-request-id");
        return id == null || id.length() > 128 ? requestId(request) : id;
    }
}
