package dev.allot.graph;

import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.graph.batch.BatchPlan;
import dev.allot.graph.batch.BatchResult;
import dev.allot.graph.batch.BatchRunner;
import dev.allot.graph.batch.SubRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Graph's JSON batching: up to 20 requests in one POST /v1.0/$batch, answered together. */
@RestController
public class BatchController {

    private final BatchRunner runner;

    public BatchController(BatchRunner runner) {
        this.runner = runner;
    }

    @PostMapping("/v1.0/$batch")
    Map<String, Object> batch(HttpServletRequest request, @RequestBody(required = false) byte[] body) {
        if (SubRequest.isSubRequest(request)) {
            throw new AllotException(ErrorCode.INVALID_BATCH, "A batch cannot contain another $batch request.");
        }
        BatchPlan plan = BatchPlan.parse(body);
        return Map.of("responses", runner.run(request, plan).stream().map(BatchResult::toJson).toList());
    }
}
