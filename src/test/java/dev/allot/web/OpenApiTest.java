package dev.allot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import tools.jackson.databind.JsonNode;

@AllotTest
class OpenApiTest {

    @LocalServerPort
    int port;

    private JsonNode openApi() {
        Response r = new ApiClient(port, null).get("/openapi.json");
        assertThat(r.status()).as("served without a token").isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        return r.json();
    }

    @Test
    void the_api_description_is_public_json_naming_allot_and_its_bearer_tokens() {
        JsonNode api = openApi();

        assertThat(api.path("openapi").asString()).startsWith("3.");
        assertThat(api.path("info").path("title").asString()).isEqualTo("Allot API");
        assertThat(api.path("info").path("version").asString()).isNotBlank();
        JsonNode bearer = api.path("components").path("securitySchemes").path("bearer");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.path("security").get(0).has("bearer")).isTrue();
    }

    @Test
    void it_lists_the_graph_endpoints_and_the_admin_api() {
        JsonNode paths = openApi().path("paths");

        assertThat(paths.propertyNames()).contains("/v1.0/users/{idOrPrincipalName}/assignLicense", "/v1.0/directory/subscriptions",
                "/v1.0/directory/subscriptions/{id}", "/api/v1/subscriptions", "/api/v1/subscriptions/{id}",
                "/api/v1/subscriptions/{id}/buyMore", "/api/v1/subscriptions/{id}/removeLicenses", "/api/v1/products",
                "/api/v1/catalog/products", "/api/v1/catalog/products/{skuId}", "/api/v1/catalog/import", "/api/v1/rules",
                "/api/v1/rules/{id}", "/api/v1/rules/reset");
        assertThat(paths.propertyNames()).allMatch(p -> p.startsWith("/v1.0/") || p.startsWith("/api/"));
        JsonNode assign = paths.path("/v1.0/users/{idOrPrincipalName}/assignLicense").path("post");
        assertThat(assign.path("tags").get(0).asString()).isEqualTo("Users (Graph)");
        assertThat(assign.path("summary").asString()).isNotBlank();
    }

    @Test
    void request_bodies_responses_and_errors_are_described() {
        JsonNode api = openApi();
        JsonNode create = api.path("paths").path("/api/v1/subscriptions").path("post");

        assertThat(create.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asString())
                .endsWith("/NewSubscriptionRequest");
        assertThat(create.path("responses").path("201").path("content").path("application/json").path("schema").path("$ref").asString())
                .endsWith("/Subscription");
        assertThat(create.path("responses").path("default").path("content").path("application/problem+json").path("schema").path("$ref").asString())
                .endsWith("/Problem");
        assertThat(create.path("parameters").valueStream().map(p -> p.path("name").asString())).as("the caller comes from the token")
                .doesNotContain("caller");
        JsonNode graphError = api.path("paths").path("/v1.0/directory/subscriptions").path("get").path("responses").path("default");
        assertThat(graphError.path("content").path("application/json").path("schema").path("$ref").asString()).endsWith("/GraphError");
        JsonNode schemas = api.path("components").path("schemas");
        assertThat(schemas.path("NewSubscriptionRequest").path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("product", "quantity");
        assertThat(schemas.path("Problem").path("properties").propertyNames()).contains("type", "title", "status", "detail");
        assertThat(schemas.has("Caller")).isFalse();
        assertThat(api.path("paths").path("/api/v1/catalog/import").path("post").path("requestBody").path("content").propertyNames())
                .containsExactlyInAnyOrder("multipart/form-data", "text/csv");
    }
}
