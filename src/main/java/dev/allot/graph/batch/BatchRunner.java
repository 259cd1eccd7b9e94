package dev.allot.graph.batch;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;

import dev.allot.error.ErrorCode;
import dev.allot.web.HttpErrors;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the requests of a batch one after another, each through Spring's DispatcherServlet exactly as if it had
 * come on its own: same controllers, same error shapes, same caller (the batch's authentication is on the
 * thread). Each request commits or fails on its own, as in Graph; one that depends on a failed request is
 * answered 424 without running. Running them one at a time is allowed by Graph and keeps their effects in a
 * predictable order.
 */
@Component
public class BatchRunner {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    private final DispatcherServlet dispatcher;
    private final HttpErrors errors;
    private final JsonMapper json;

    public BatchRunner(DispatcherServlet dispatcher, HttpErrors errors, JsonMapper json) {
        this.dispatcher = dispatcher;
        this.errors = errors;
        this.json = json;
    }

    /** The results in the order the batch listed its requests. */
    public List<BatchResult> run(HttpServletRequest batch, BatchPlan plan) {
        Map<String, BatchResult> results = new HashMap<>();
        for (BatchItem item : plan.executionOrder()) {
            Optional<BatchResult> failed = item.dependsOn().stream().map(results::get).filter(r -> r.status() >= 400).findFirst();
            BatchResult result = failed.map(dependency -> dependencyFailed(batch, item, dependency)).orElseGet(() -> execute(batch, item));
            results.put(item.id(), result);
        }
        return plan.items().stream().map(item -> results.get(item.id())).toList();
    }

    private BatchResult execute(HttpServletRequest batch, BatchItem item) {
        SubRequest request = new SubRequest(batch, item, item.body() == null ? new byte[0] : json.writeValueAsBytes(item.body()));
        SubResponse response = new SubResponse();
        try {
            dispatcher.service(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            // one broken request must not take the whole batch down with it
            log.error("Batched request {} {} failed", item.method(), item.url().path(), e);
            return error(request, item, ErrorCode.INTERNAL,
                    "Allot could not complete the request because of an internal error. Quote the request-id when reporting it.");
        }
        String contentType = response.getContentType();
        return new BatchResult(item.id(), response.getStatus(), contentType == null ? Map.of() : Map.of("Content-Type", contentType),
                BatchResult.body(json, response.bodyBytes()));
    }

    private BatchResult dependencyFailed(HttpServletRequest batch, BatchItem item, BatchResult dependency) {
        return error(batch, item, ErrorCode.FAILED_DEPENDENCY, "Request '" + item.id() + "' depends on request '" + dependency.id()
                + "', which failed with status " + dependency.status() + "; it was not run.");
    }

    private BatchResult error(HttpServletRequest request, BatchItem item, ErrorCode code, String message) {
        Object body = errors.response(request, code, message, List.of()).getBody();
        return new BatchResult(item.id(), code.httpStatus(), Map.of("Content-Type", "application/json"), json.valueToTree(body));
    }
}
