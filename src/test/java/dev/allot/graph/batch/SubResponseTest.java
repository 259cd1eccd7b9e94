package dev.allot.graph.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class SubResponseTest {

    @Test
    void headers_are_kept_case_insensitively_and_content_type_carries_its_charset() {
        SubResponse response = new SubResponse();

        response.setHeader("Content-Type", "application/json");
        response.setCharacterEncoding("UTF-8");
        response.addHeader("x-thing", "one");
        response.addHeader("X-Thing", "two");
        response.setDateHeader("Last-Modified", 0);

        assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
        assertThat(response.getHeader("content-type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(response.getHeaders("X-THING")).containsExactly("one", "two");
        assertThat(response.getHeader("Last-Modified")).isEqualTo("Thu, 1 Jan 1970 00:00:00 GMT");
        assertThat(response.getHeaderNames()).contains("x-thing", "Last-Modified", "Content-Type");
    }

    @Test
    void what_is_written_through_the_stream_or_the_writer_is_the_body() throws Exception {
        SubResponse streamed = new SubResponse();
        SubResponse written = new SubResponse();

        streamed.getOutputStream().write("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        written.getWriter().write("Grüße");

        assertThat(new String(streamed.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
        assertThat(new String(written.bodyBytes(), StandardCharsets.UTF_8)).isEqualTo("Grüße");
    }

    @Test
    void send_error_sets_the_status_drops_the_body_and_commits() throws Exception {
        SubResponse response = new SubResponse();
        response.getOutputStream().write(1);

        response.sendError(404, "gone");

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.bodyBytes()).isEmpty();
        assertThat(response.isCommitted()).isTrue();
        response.setStatus(200);
        assertThat(response.getStatus()).isEqualTo(404);
        assertThatThrownBy(response::reset).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reset_before_commit_forgets_status_headers_and_body() throws Exception {
        SubResponse response = new SubResponse();
        response.setStatus(500);
        response.setHeader("X-Thing", "one");
        response.setContentType("text/plain");
        response.getOutputStream().write(1);

        response.reset();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.containsHeader("X-Thing")).isFalse();
        assertThat(response.getContentType()).isNull();
        assertThat(response.bodyBytes()).isEmpty();
    }

    @Test
    void a_redirect_keeps_its_location() throws Exception {
        SubResponse response = new SubResponse();

        response.sendRedirect("/v1.0/groups");

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader("Location")).isEqualTo("/v1.0/groups");
    }

    @Test
    void a_json_body_is_embedded_as_json_and_anything_else_as_text() {
        JsonMapper json = JsonMapper.builder().build();

        assertThat(BatchResult.body(json, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)).path("a").asInt()).isEqualTo(1);
        assertThat(BatchResult.body(json, "not json".getBytes(StandardCharsets.UTF_8)).asString()).isEqualTo("not json");
        assertThat(BatchResult.body(json, new byte[0])).isNull();
    }
}
