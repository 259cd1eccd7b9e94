package dev.allot.graph.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import tools.jackson.databind.json.JsonMapper;

class SubRequestTest {

    private final MockHttpServletRequest batch = batchRequest();

    @Test
    void the_request_line_is_the_batched_requests_own() {
        SubRequest request = subRequest(item("PATCH", "/groups/1?$select=id&$top=5", Map.of()), new byte[0]);

        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getRequestURI()).isEqualTo("/v1.0/groups/1");
        assertThat(request.getRequestURL().toString()).isEqualTo("https://allot.example:8443/v1.0/groups/1");
        assertThat(request.getServletPath()).isEqualTo("/v1.0/groups/1");
        assertThat(request.getPathInfo()).isNull();
        assertThat(request.getQueryString()).isEqualTo("$select=id&$top=5");
        assertThat(request.getParameter("$top")).isEqualTo("5");
        assertThat(request.getParameterValues("$select")).containsExactly("id");
        assertThat(Collections.list(request.getParameterNames())).containsExactly("$select", "$top");
        assertThat(request.getParameterMap()).containsOnlyKeys("$select", "$top");
        assertThat(request.getParameter("$filter")).isNull();
        assertThat(request.getDispatcherType()).isEqualTo(DispatcherType.REQUEST);
    }

    @Test
    void headers_are_the_items_own_with_the_batchs_credentials() {
        SubRequest request = subRequest(item("GET", "/groups", Map.of("ConsistencyLevel", "eventual", "X-Count", "7",
                "If-Modified-Since", "Thu, 1 Jan 1970 00:00:01 GMT")), new byte[0]);

        assertThat(request.getHeader("authorization")).isEqualTo("Bearer secret");
        assertThat(request.getHeader("consistencylevel")).isEqualTo("eventual");
        assertThat(request.getHeader("X-Batch-Only")).isNull();
        assertThat(Collections.list(request.getHeaders("ConsistencyLevel"))).containsExactly("eventual");
        assertThat(request.getIntHeader("X-Count")).isEqualTo(7);
        assertThat(request.getIntHeader("X-Missing")).isEqualTo(-1);
        assertThat(request.getDateHeader("If-Modified-Since")).isEqualTo(1000);
        assertThat(request.getDateHeader("X-Missing")).isEqualTo(-1);
        assertThat(Collections.list(request.getHeaderNames())).contains("Authorization", "ConsistencyLevel");
        assertThatThrownBy(() -> request.getDateHeader("X-Count")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_body_is_json_unless_the_item_says_otherwise_and_reads_in_its_charset() throws Exception {
        byte[] body = "{\"displayName\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8);
        SubRequest json = subRequest(item("POST", "/groups", Map.of()), body);
        SubRequest latin = subRequest(item("POST", "/groups", Map.of("Content-Type", "text/plain;charset=ISO-8859-1")),
                "Zo\u00eb".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(json.getContentType()).isEqualTo("application/json");
        assertThat(json.getContentLength()).isEqualTo(body.length);
        assertThat(json.getCharacterEncoding()).isNull();
        assertThat(json.getInputStream().readAllBytes()).isEqualTo(body);
        assertThat(json.getInputStream().isFinished()).isTrue();
        assertThat(latin.getCharacterEncoding()).isEqualTo("ISO-8859-1");
        assertThat(latin.getReader().readLine()).isEqualTo("Zoë");
        assertThat(subRequest(item("GET", "/groups", Map.of()), new byte[0]).getContentType()).isNull();
        assertThat(subRequest(item("POST", "/groups", Map.of("Content-Type", "not a type")), body).getCharacterEncoding()).isNull();
    }

    @Test
    void attributes_are_its_own_and_mark_it_as_batched() {
        batch.setAttribute("batch-only", "x");
        SubRequest request = subRequest(item("GET", "/groups", Map.of()), new byte[0]);

        request.setAttribute("sub-only", "y");
        request.setAttribute("cleared", "z");
        request.setAttribute("cleared", null);

        assertThat(request.getAttribute("batch-only")).isNull();
        assertThat(batch.getAttribute("sub-only")).isNull();
        assertThat(request.getAttribute("cleared")).isNull();
        assertThat(SubRequest.isSubRequest(request)).isTrue();
        assertThat(SubRequest.isSubRequest(batch)).isFalse();
        request.removeAttribute("sub-only");
        assertThat(Collections.list(request.getAttributeNames())).doesNotContain("sub-only");
    }

    @Test
    void it_is_synchronous_and_never_multipart() {
        SubRequest request = subRequest(item("GET", "/groups", Map.of()), new byte[0]);

        assertThat(request.isAsyncSupported()).isFalse();
        assertThat(request.isAsyncStarted()).isFalse();
        assertThatThrownBy(request::startAsync).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(request::getParts).isInstanceOf(ServletException.class);
        assertThatThrownBy(() -> request.getPart("file")).isInstanceOf(ServletException.class);
    }

    private SubRequest subRequest(BatchItem item, byte[] body) {
        return new SubRequest(batch, item, body);
    }

    private static BatchItem item(String method, String url, Map<String, String> headers) {
        return new BatchItem("1", method, RelativeUrl.parse("1", url), headers, JsonMapper.builder().build().nullNode(), List.of());
    }

    private static MockHttpServletRequest batchRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/v1.0/$batch");
        request.setScheme("https");
        request.setServerName("allot.example");
        request.setServerPort(8443);
        request.addHeader("Authorization", "Bearer secret");
        request.addHeader("X-Batch-Only", "1");
        request.setContentType("application/json");
        return request;
    }
}
