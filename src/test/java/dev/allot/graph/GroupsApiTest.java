package dev.allot.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.directory.UserPage.PageKey;
import dev.allot.graph.odata.SkipToken;
import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class GroupsApiTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void creating_a_group_answers_201_with_the_group_as_graph_shows_it() {
        ApiClient api = api(fixtures.aTenant().build());

        Response created = api.post("/v1.0/groups", """
                {"displayName":"Sales","mailNickname":"sales","description":"Everyone selling","groupTypes":[]}""");

        assertThat(created.status()).isEqualTo(201);
        JsonNode group = created.json();
        assertThat(group.propertyNames()).containsExactly("@odata.context", "id", "createdDateTime", "description", "displayName",
                "groupTypes", "mail", "mailEnabled", "mailNickname", "securityEnabled");
        assertThat(group.path("@odata.context").asString()).endsWith("/v1.0/$metadata#groups/$entity").startsWith("http://");
        assertThat(UUID.fromString(group.path("id").asString())).isNotNull();
        assertThat(group.path("displayName").asString()).isEqualTo("Sales");
        assertThat(group.path("description").asString()).isEqualTo("Everyone selling");
        assertThat(group.path("mailNickname").asString()).isEqualTo("sales");
        assertThat(group.path("groupTypes").isArray() && group.path("groupTypes").isEmpty()).isTrue();
        assertThat(group.path("mail").isNull()).isTrue();
        assertThat(group.path("createdDateTime").asString()).endsWith("Z");
    }

    @Test
    void a_new_group_is_a_security_group_without_mail_unless_told_otherwise() {
        ApiClient api = api(fixtures.aTenant().build());

        JsonNode plain = api.post("/v1.0/groups", "{\"displayName\":\"Plain\",\"mailNickname\":\"plain\"}").json();
        JsonNode distribution = api.post("/v1.0/groups", """
                {"displayName":"News","mailNickname":"news","mailEnabled":true,"securityEnabled":false}""").json();

        assertThat(plain.path("securityEnabled").asBoolean()).isTrue();
        assertThat(plain.path("mailEnabled").asBoolean()).isFalse();
        assertThat(distribution.path("securityEnabled").asBoolean()).isFalse();
        assertThat(distribution.path("mailEnabled").asBoolean()).isTrue();
    }

    @Test
    void creating_a_group_without_display_name_or_mail_nickname_is_a_400() {
        ApiClient api = api(fixtures.aTenant().build());

        Response noName = api.post("/v1.0/groups", "{\"mailNickname\":\"x\"}");
        Response noNickname = api.post("/v1.0/groups", "{\"displayName\":\"X\"}");
        Response emptyNickname = api.post("/v1.0/groups", "{\"displayName\":\"X\",\"mailNickname\":\"\"}");

        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errorMessage()).isEqualTo("Property 'displayName' is required when creating a group.");
        assertThat(noNickname.errorMessage()).isEqualTo("Property 'mailNickname' is required when creating a group.");
        assertThat(emptyNickname.status()).isEqualTo(400);
        assertThat(groupCount(api)).isZero();
    }

    @Test
    void unknown_properties_wrong_types_group_types_and_malformed_json_are_400s() {
        ApiClient api = api(fixtures.aTenant().build());

        Response unknown = api.post("/v1.0/groups", "{\"displayName\":\"X\",\"mailNickname\":\"x\",\"visibility\":\"Private\"}");
        Response wrongType = api.post("/v1.0/groups", "{\"displayName\":\"X\",\"mailNickname\":\"x\",\"mailEnabled\":\"yes\"}");
        Response unified = api.post("/v1.0/groups", "{\"displayName\":\"X\",\"mailNickname\":\"x\",\"groupTypes\":[\"Unified\"]}");
        Response malformed = api.post("/v1.0/groups", "{\"displayName\":");
        Response empty = api.post("/v1.0/groups", "");

        assertThat(List.of(unknown, wrongType, unified, malformed, empty)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("Request_BadRequest");
        });
        assertThat(unknown.errorMessage()).isEqualTo("Property 'visibility' does not exist as a declared property or extension property.");
        assertThat(wrongType.errorMessage()).isEqualTo("Property 'mailEnabled' must be true or false.");
        assertThat(groupCount(api)).isZero();
    }

    @Test
    void a_group_is_read_by_id_with_select() {
        ApiClient api = api(fixtures.aTenant().build());
        String id = createGroup(api, "Finance");

        JsonNode full = api.get("/v1.0/groups/" + id).json();
        Response selected = api.get("/v1.0/groups/" + id + "?$select=displayName,id");

        assertThat(full.path("displayName").asString()).isEqualTo("Finance");
        assertThat(selected.status()).isEqualTo(200);
        assertThat(selected.json().propertyNames()).containsExactly("@odata.context", "displayName", "id");
        assertThat(selected.json().path("@odata.context").asString()).endsWith("$metadata#groups(displayName,id)/$entity");
        assertThat(api.get("/v1.0/groups/" + id + "?$select=nope").errorCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(api.get("/v1.0/groups/" + id + "?$expand=members").errorMessage())
                .isEqualTo("The query option '$expand' is not supported here. Supported: $select.");
    }

    @Test
    void another_organizations_group_is_not_found_for_every_verb() {
        TestTenant other = fixtures.aTenant().named("Contoso").build();
        String theirs = createGroup(api(other), "Theirs");
        ApiClient api = api(fixtures.aTenant().build());

        List<Response> answers = List.of(api.get("/v1.0/groups/" + theirs),
                api.patch("/v1.0/groups/" + theirs, "{\"displayName\":\"Mine\"}"), api.delete("/v1.0/groups/" + theirs),
                api.get("/v1.0/groups/" + theirs + "/members"));

        assertThat(answers).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("Request_ResourceNotFound");
        });
        assertThat(api(other).get("/v1.0/groups/" + theirs).json().path("displayName").asString()).isEqualTo("Theirs");
    }

    @Test
    void a_malformed_group_id_is_a_400_not_a_404() {
        ApiClient api = api(fixtures.aTenant().build());

        Response answer = api.get("/v1.0/groups/not-a-guid");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(answer.errorMessage()).isEqualTo("Invalid object identifier 'not-a-guid'.");
        assertThat(api.delete("/v1.0/groups/123").status()).isEqualTo(400);
        assertThat(api.patch("/v1.0/groups/123", "{}").status()).isEqualTo(400);
    }

    @Test
    void patching_changes_only_the_properties_given_and_answers_204() {
        ApiClient api = api(fixtures.aTenant().build());
        String id = createGroup(api, "Marketing");

        Response patched = api.patch("/v1.0/groups/" + id, "{\"description\":\"Brand and events\",\"mailEnabled\":true}");

        assertThat(patched.status()).isEqualTo(204);
        assertThat(patched.body()).isEmpty();
        JsonNode group = api.get("/v1.0/groups/" + id).json();
        assertThat(group.path("displayName").asString()).isEqualTo("Marketing");
        assertThat(group.path("description").asString()).isEqualTo("Brand and events");
        assertThat(group.path("mailEnabled").asBoolean()).isTrue();
        assertThat(group.path("securityEnabled").asBoolean()).isTrue();
    }

    @Test
    void patching_with_bad_values_is_a_400_and_changes_nothing() {
        ApiClient api = api(fixtures.aTenant().build());
        String id = createGroup(api, "Support");

        assertThat(api.patch("/v1.0/groups/" + id, "{\"displayName\":null}").status()).isEqualTo(400);
        assertThat(api.patch("/v1.0/groups/" + id, "{\"mailNickname\":\"has space\"}").status()).isEqualTo(400);
        assertThat(api.patch("/v1.0/groups/" + id, "{\"owner\":\"me\"}").status()).isEqualTo(400);
        assertThat(api.patch("/v1.0/groups/" + id, "[1,2]").status()).isEqualTo(400);
        assertThat(api.get("/v1.0/groups/" + id).json().path("displayName").asString()).isEqualTo("Support");
    }

    @Test
    void deleting_a_group_answers_204_and_it_is_gone() {
        TestTenant t = fixtures.aTenant().build();
        ApiClient api = api(t);
        String id = createGroup(api, "Temporary");

        assertThat(api.delete("/v1.0/groups/" + id).status()).isEqualTo(204);

        assertThat(api.get("/v1.0/groups/" + id).status()).isEqualTo(404);
        assertThat(api.delete("/v1.0/groups/" + id).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from audit_event where tenant_id = ? and action = 'group.delete'").param(t.id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_list_is_sorted_by_display_name_and_pages_with_an_absolute_next_link() {
        ApiClient api = api(fixtures.aTenant().build());
        for (String name : List.of("Echo", "Alpha", "Delta", "Bravo", "Charlie")) {
            createGroup(api, name);
        }

        List<String> names = new ArrayList<>();
        JsonNode page = api.get("/v1.0/groups?$top=2&$select=displayName").json();
        int pages = 1;
        names.addAll(displayNames(page));
        while (page.has("@odata.nextLink")) {
            String next = page.path("@odata.nextLink").asString();
            assertThat(next).startsWith("http://127.0.0.1:" + port + "/v1.0/groups?")
                    .contains("$top=2", "$select=displayName", "$skiptoken=");
            page = api.get(next).json();
            names.addAll(displayNames(page));
            pages++;
        }

        assertThat(names).containsExactly("Alpha", "Bravo", "Charlie", "Delta", "Echo");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void the_list_counts_when_asked_and_shows_graphs_context() {
        ApiClient api = api(fixtures.aTenant().build());
        createGroup(api, "One");
        createGroup(api, "Two");

        JsonNode counted = api.get("/v1.0/groups?$count=true&$top=1").json();
        JsonNode plain = api.get("/v1.0/groups").json();

        assertThat(counted.path("@odata.count").asLong()).isEqualTo(2);
        assertThat(counted.path("value")).hasSize(1);
        assertThat(plain.has("@odata.count")).isFalse();
        assertThat(plain.has("@odata.nextLink")).isFalse();
        assertThat(plain.path("@odata.context").asString()).endsWith("/v1.0/$metadata#groups");
        assertThat(plain.path("value")).hasSize(2);
        assertThat(plain.path("value").get(0).path("id").asString()).isNotBlank();
    }

    @Test
    void the_list_filters_and_refuses_bad_filters_page_sizes_foreign_skip_tokens_and_unsupported_options() {
        TestTenant t = fixtures.aTenant().build();
        ApiClient api = api(t);
        createGroup(api, "Sales");
        createGroup(api, "Finance");

        Response filter = api.get("/v1.0/groups?$filter=endswith(displayName,'s')");
        Response filtered = api.get("/v1.0/groups?$filter=startswith(displayName,'sa')");
        Response tooBig = api.get("/v1.0/groups?$top=1000");
        Response notANumber = api.get("/v1.0/groups?$top=ten");
        Response foreignToken = api.get("/v1.0/groups?$skiptoken="
                + SkipToken.encode(new PageKey("Ann", UUID.randomUUID()), GroupMembersController.pagingScope(t.id, UUID.randomUUID())));
        Response garbageToken = api.get("/v1.0/groups?$skiptoken=not*base64");
        Response orderBy = api.get("/v1.0/groups?$orderby=displayName");
        Response badCount = api.get("/v1.0/groups?$count=maybe");

        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.errorCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(displayNames(filtered.json())).containsExactly("Sales");
        assertThat(tooBig.errorMessage()).isEqualTo("Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.");
        assertThat(notANumber.errorCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(foreignToken.status()).isEqualTo(400);
        assertThat(garbageToken.status()).isEqualTo(400);
        assertThat(orderBy.errorMessage())
                .isEqualTo("The query option '$orderby' is not supported here. Supported: $select, $filter, $top, $count, $skiptoken.");
        assertThat(badCount.status()).isEqualTo(400);
        assertThat(api.get("/v1.0/groups?$top=999").status()).isEqualTo(200);
    }

    @Test
    void a_skip_token_is_bound_to_the_filter_and_the_organization_it_was_issued_for() {
        TestTenant t = fixtures.aTenant().build();
        for (String name : List.of("Sales", "Support", "Finance")) {
            createGroup(api(t), name);
        }
        String next = api(t).get("/v1.0/groups?$top=1&$filter=startswith(displayName,'s')").json().path("@odata.nextLink").asString();
        String token = next.substring(next.indexOf("$skiptoken=") + "$skiptoken=".length());

        Response sameQuery = api(t).get("/v1.0/groups?$top=1&$filter=startswith(displayName,'s')&$skiptoken=" + token);
        Response otherFilter = api(t).get("/v1.0/groups?$top=1&$skiptoken=" + token);
        Response otherOrganization = api(fixtures.aTenant().build())
                .get("/v1.0/groups?$top=1&$filter=startswith(displayName,'s')&$skiptoken=" + token);

        assertThat(displayNames(sameQuery.json())).containsExactly("Support");
        assertThat(List.of(otherFilter, otherOrganization)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorMessage()).startsWith("The $skiptoken is not valid for this request.");
        });
    }

    @Test
    void a_list_shows_only_the_callers_organization() {
        TestTenant other = fixtures.aTenant().named("Contoso").build();
        createGroup(api(other), "Theirs");
        ApiClient api = api(fixtures.aTenant().build());
        createGroup(api, "Ours");

        assertThat(displayNames(api.get("/v1.0/groups").json())).containsExactly("Ours");
    }

    static String createGroup(ApiClient api, String name) {
        String nickname = name.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
        Response created = api.post("/v1.0/groups", "{\"displayName\":\"" + name + "\",\"mailNickname\":\"" + nickname + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static List<String> displayNames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("value").forEach(g -> names.add(g.path("displayName").asString()));
        return names;
    }

    private static long groupCount(ApiClient api) {
        return api.get("/v1.0/groups?$count=true").json().path("@odata.count").asLong();
    }

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }
}
