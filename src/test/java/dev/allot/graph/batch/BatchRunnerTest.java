package dev.allot.graph.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;

import dev.allot.web.HttpErrors;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import tools.jackson.databind.json.JsonMapper;

class BatchRunnerTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void a_request_that_breaks_the_servlet_is_a_500_for_it_and_a_424_for_its_dependents() {
        DispatcherServlet broken = new DispatcherServlet() {
            @Override
            public void service(ServletRequest request, ServletResponse response) throws ServletException {
                throw new ServletException("broken on purpose");
            }
        };
        BatchPlan plan = BatchPlan.parse("""
                {"requests":[{"id":"1","method":"GET","url":"/groups"},{"id":"2","method":"GET","url":"/groups","dependsOn":["1"]}]}"""
                .getBytes(StandardCharsets.UTF_8));

        List<BatchResult> results = new BatchRunner(broken, new HttpErrors(json), json)
                .run(new MockHttpServletRequest("POST", "/v1.0/$batch"), plan);

        assertThat(results).extracting(BatchResult::status).containsExactly(500, 424);
        assertThat(results.get(0).body().path("error").path("code").asString()).isEqualTo("generalException");
        assertThat(results.get(0).headers()).containsEntry("Content-Type", "application/json");
    }
}
