package dev.allot.graph;

import static dev.allot.graph.GroupsApiTest.createGroup;
import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class BatchApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void a_batch_answers_each_request_with_its_id_status_headers_and_body() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        createGroup(api(t), "Sales");

        Response batch = batch(t, """
                {"requests":[
                  {"id":"groups","method":"GET","url":"/groups?$select=displayName"},
                  {"id":"skus","method":"GET","url":"subscribedSkus"}]}""");

        assertThat(batch.status()).isEqualTo(200);
        assertThat(batch.contentType()).startsWith("application/json");
        JsonNode groups = response(batch, "groups");
        assertThat(groups.propertyNames()).containsExactly("id", "status", "headers", "body");
        assertThat(groups.path("status").asInt()).isEqualTo(200);
        assertThat(groups.path("headers").path("Content-Type").asString()).startsWith("application/json");
        assertThat(groups.path("body").path("value").get(0).path("displayName").asString()).isEqualTo("Sales");
        assertThat(response(batch, "skus").path("body").path("value").get(0).path("skuPartNumber").asString()).isEqualTo("ENTERPRISEPACK");
    }

    @Test
    void responses_come_in_the_order_of_the_requests() {
        TestTenant t = fixtures.aTenant().build();

        JsonNode responses = batch(t, """
                {"requests":[{"id":"3","method":"GET","url":"/groups"},{"id":"1","method":"GET","url":"/groups"},
                             {"id":"2","method":"GET","url":"/groups"}]}""").json().path("responses");

        assertThat(ids(responses)).containsExactly("3", "1", "2");
    }

    @Test
    void requests_with_bodies_change_the_callers_organization_and_answer_like_direct_requests() {
        TestTenant t = fixtures.aTenant().build();
        String group = createGroup(api(t), "Old name");

        Response batch = batch(t, """
                {"requests":[
                  {"id":"create","method":"POST","url":"/groups","headers":{"Content-Type":"application/json"},
                   "body":{"displayName":"Created in a batch","mailNickname":"batch"}},
                  {"id":"rename","method":"PATCH","url":"/groups/%s","body":{"displayName":"New name"}},
                  {"id":"delete","method":"DELETE","url":"/groups/%s","dependsOn":["rename"]}]}""".formatted(group, group));

        JsonNode created = response(batch, "create");
        assertThat(created.path("status").asInt()).isEqualTo(201);
        assertThat(created.path("body").path("@odata.context").asString()).isEqualTo("http://127.0.0.1:" + port
                + "/v1.0/$metadata#groups/$entity");
        assertThat(response(batch, "rename").path("status").asInt()).isEqualTo(204);
        assertThat(response(batch, "rename").has("body")).isFalse();
        assertThat(response(batch, "delete").path("status").asInt()).isEqualTo(204);
        String createdId = created.path("body").path("id").asString();
        assertThat(api(t).get("/v1.0/groups/" + createdId).json().path("displayName").asString()).isEqualTo("Created in a batch");
        assertThat(api(t).get("/v1.0/groups/" + group).status()).isEqualTo(404);
    }

    @Test
    void a_request_runs_after_the_requests_it_depends_on_even_when_listed_before_them() {
        TestTenant t = fixtures.aTenant().build();

        Response batch = batch(t, """
                {"requests":[
                  {"id":"count","method":"GET","url":"groups?$count=true","dependsOn":["create"]},
                  {"id":"create","method":"POST","url":"groups","body":{"displayName":"First","mailNickname":"first"}}]}""");

        assertThat(ids(batch.json().path("responses"))).containsExactly("count", "create");
        assertThat(response(batch, "count").path("body").path("@odata.count").asLong()).isEqualTo(1);
    }

    @Test
    void a_request_whose_dependency_failed_is_answered_424_without_running() {
        TestTenant t = fixtures.aTenant().build();

        Response batch = batch(t, """
                {"requests":[
                  {"id":"1","method":"GET","url":"/groups/%s"},
                  {"id":"2","method":"POST","url":"/groups","body":{"displayName":"Never","mailNickname":"never"},"dependsOn":["1"]},
                  {"id":"3","method":"GET","url":"/groups","dependsOn":["2"]},
                  {"id":"4","method":"GET","url":"/groups?$count=true"}]}""".formatted(UUID.randomUUID()));

        assertThat(response(batch, "1").path("status").asInt()).isEqualTo(404);
        assertThat(response(batch, "1").path("body").path("error").path("code").asString()).isEqualTo("Request_ResourceNotFound");
        JsonNode dependent = response(batch, "2");
        assertThat(dependent.path("status").asInt()).isEqualTo(424);
        assertThat(dependent.path("body").path("error").path("code").asString()).isEqualTo("FailedDependency");
        assertThat(dependent.path("body").path("error").path("message").asString()).contains("'1'", "404");
        assertThat(response(batch, "3").path("status").asInt()).isEqualTo(424);
        assertThat(response(batch, "4").path("body").path("@odata.count").asLong()).isZero();
    }

    @Test
    void batched_requests_act_as_the_batchs_caller_and_see_only_its_organization() {
        TestTenant other = fixtures.aTenant().named("Contoso").build();
        String theirs = createGroup(api(other), "Theirs");
        TestTenant t = fixtures.aTenant().build();

        Response batch = batch(t, """
                {"requests":[{"id":"1","method":"GET","url":"/groups/%s"},{"id":"2","method":"GET","url":"/groups"}]}""".formatted(theirs));

        assertThat(response(batch, "1").path("status").asInt()).isEqualTo(404);
        assertThat(response(batch, "2").path("body").path("value")).isEmpty();
    }

    @Test
    void a_batch_without_a_token_is_refused_as_a_whole() {
        ApiClient anonymous = new ApiClient(port, null);

        Response batch = anonymous.post("/v1.0/$batch", "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/groups\"}]}");

        assertThat(batch.status()).isEqualTo(401);
        assertThat(batch.errorCode()).isEqualTo("InvalidAuthenticationToken");
    }

    @Test
    void batched_errors_have_graphs_shape() {
        TestTenant t = fixtures.aTenant().build();

        Response batch = batch(t, """
                {"requests":[
                  {"id":"malformedId","method":"GET","url":"/groups/nope"},
                  {"id":"unknownProperty","method":"POST","url":"/groups","body":{"displayName":"X","mailNickname":"x","color":"red"}},
                  {"id":"noRoute","method":"GET","url":"/nothingHere"},
                  {"id":"wrongMethod","method":"PUT","url":"/groups"},
                  {"id":"unsupportedFilter","method":"GET","url":"/groups?$filter=endswith(displayName,'s')"}]}""");

        assertThat(response(batch, "malformedId").path("body").path("error").path("message").asString())
                .isEqualTo("Invalid object identifier 'nope'.");
        assertThat(response(batch, "unknownProperty").path("status").asInt()).isEqualTo(400);
        assertThat(response(batch, "unknownProperty").path("body").path("error").path("innerError").has("request-id")).isTrue();
        assertThat(response(batch, "noRoute").path("body").path("error").path("code").asString()).isEqualTo("BadRequest");
        assertThat(response(batch, "wrongMethod").path("status").asInt()).isEqualTo(405);
        assertThat(response(batch, "unsupportedFilter").path("body").path("error").path("code").asString())
                .isEqualTo("Request_UnsupportedQuery");
    }

    @Test
    void next_links_inside_a_batch_are_absolute_and_work_directly() {
        TestTenant t = fixtures.aTenant().build();
        createGroup(api(t), "Alpha");
        createGroup(api(t), "Bravo");

        Response batch = batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"groups?$top=1&$select=displayName\"}]}");

        JsonNode page = response(batch, "1").path("body");

        String next = page.path("@odata.nextLink").asString();
        assertThat(next).startsWith("http://127.0.0.1:" + port + "/v1.0/groups?");
        assertThat(api(t).get(next).json().path("value").get(0).path("displayName").asString()).isEqualTo("Bravo");
    }

    @Test
    void a_batch_inside_a_batch_is_a_400_for_that_request_only() {
        TestTenant t = fixtures.aTenant().build();

        Response batch = batch(t, """
                {"requests":[
                  {"id":"nested","method":"POST","url":"/$batch","body":{"requests":[{"id":"a","method":"GET","url":"/groups"}]}},
                  {"id":"plain","method":"GET","url":"/groups"}]}""");

        assertThat(batch.status()).isEqualTo(200);
        assertThat(response(batch, "nested").path("status").asInt()).isEqualTo(400);
        assertThat(response(batch, "nested").path("body").path("error").path("message").asString())
                .isEqualTo("A batch cannot contain another $batch request.");
        assertThat(response(batch, "plain").path("status").asInt()).isEqualTo(200);
    }

    @Test
    void more_than_twenty_requests_are_refused() {
        TestTenant t = fixtures.aTenant().build();
        List<String> requests = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            requests.add("{\"id\":\"" + i + "\",\"method\":\"GET\",\"url\":\"/groups\"}");
        }

        Response tooMany = batch(t, "{\"requests\":[" + String.join(",", requests) + "]}");
        Response twenty = batch(t, "{\"requests\":[" + String.join(",", requests.subList(0, 20)) + "]}");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errorCode()).isEqualTo("BadRequest");
        assertThat(tooMany.errorMessage()).isEqualTo("A batch holds at most 20 requests; this one has 21.");
        assertThat(twenty.json().path("responses")).hasSize(20);
    }

    @Test
    void duplicate_missing_or_empty_ids_are_refused() {
        TestTenant t = fixtures.aTenant().build();

        Response duplicate = batch(t, """
                {"requests":[{"id":"1","method":"GET","url":"/groups"},{"id":"1","method":"GET","url":"/groups"}]}""");
        Response empty = batch(t, "{\"requests\":[{\"id\":\"\",\"method\":\"GET\",\"url\":\"/groups\"}]}");
        Response missing = batch(t, "{\"requests\":[{\"method\":\"GET\",\"url\":\"/groups\"}]}");
        Response number = batch(t, "{\"requests\":[{\"id\":1,\"method\":\"GET\",\"url\":\"/groups\"}]}");

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorMessage()).isEqualTo("The id '1' is used by more than one request of the batch.");
        assertThat(List.of(empty, missing, number)).allSatisfy(r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void unknown_or_circular_dependencies_are_refused_before_anything_runs() {
        TestTenant t = fixtures.aTenant().build();

        Response unknown = batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/groups\",\"dependsOn\":[\"9\"]}]}");
        Response cycle = batch(t, """
                {"requests":[
                  {"id":"create","method":"POST","url":"/groups","body":{"displayName":"X","mailNickname":"x"}},
                  {"id":"a","method":"GET","url":"/groups","dependsOn":["b"]},
                  {"id":"b","method":"GET","url":"/groups","dependsOn":["a"]}]}""");
        Response self = batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/groups\",\"dependsOn\":[\"1\"]}]}");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorMessage()).isEqualTo("Request '1' depends on '9', which is not in the batch.");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.errorMessage()).contains("'a'", "'b'", "cycle").doesNotContain("'create'");
        assertThat(self.status()).isEqualTo(400);
        assertThat(api(t).get("/v1.0/groups?$count=true").json().path("@odata.count").asLong()).isZero();
    }

    @Test
    void malformed_batches_are_refused() {
        TestTenant t = fixtures.aTenant().build();

        List<Response> answers = List.of(batch(t, "{\"requests\":["), batch(t, "{}"), batch(t, "{\"requests\":{}}"),
                batch(t, "{\"requests\":[]}"), batch(t, "{\"requests\":[],\"atomicityGroup\":\"g\"}"), batch(t, "{\"requests\":[42]}"),
                batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/groups\",\"atomicityGroup\":\"g\"}]}"),
                batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"HEAD\",\"url\":\"/groups\"}]}"),
                batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\"}]}"),
                batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/groups\",\"headers\":{\"ConsistencyLevel\":1}}]}"),
                batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"/groups\",\"dependsOn\":\"2\"}]}"), batch(t, ""));

        assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(400));
    }

    @Test
    void urls_must_stay_relative_to_the_graph_api() {
        TestTenant t = fixtures.aTenant().build();

        List<String> urls = List.of("https://graph.microsoft.com/v1.0/groups", "//evil.test/groups", "/../api/anything",
                "groups/../../error", "/groups/%zz", "/groups#fragment");

        assertThat(urls).allSatisfy(url -> {
            Response answer = batch(t, "{\"requests\":[{\"id\":\"1\",\"method\":\"GET\",\"url\":\"" + url + "\"}]}");
            assertThat(answer.status()).as(url + " " + answer).isEqualTo(400);
            assertThat(answer.errorMessage()).contains("must be relative to /v1.0");
        });
    }

    private Response batch(TestTenant t, String body) {
        return api(t).post("/v1.0/$batch", body);
    }

    private static JsonNode response(Response batch, String id) {
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        for (JsonNode r : batch.json().path("responses")) {
            if (r.path("id").asString().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no response " + id + " in " + batch);
    }

    private static List<String> ids(JsonNode responses) {
        List<String> ids = new ArrayList<>();
        responses.forEach(r -> ids.add(r.path("id").asString()));
        return ids;
    }

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }
}
