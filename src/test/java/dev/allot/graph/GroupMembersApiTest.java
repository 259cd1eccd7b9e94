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

import dev.allot.directory.UserPage.PageKey;
import dev.allot.graph.odata.SkipToken;
import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class GroupMembersApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void adding_a_member_by_reference_answers_204_and_lists_them_as_users() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        ApiClient api = api(t);
        String group = createGroup(api, "Sales");

        Response added = addMember(api, group, "https://graph.microsoft.com/v1.0/directoryObjects/" + t.user("adele"));

        assertThat(added.status()).isEqualTo(204);
        JsonNode members = api.get("/v1.0/groups/" + group + "/members").json();
        assertThat(members.path("@odata.context").asString()).endsWith("/v1.0/$metadata#directoryObjects");
        assertThat(members.path("value")).hasSize(1);
        JsonNode adele = members.path("value").get(0);
        assertThat(adele.path("@odata.type").asString()).isEqualTo("#microsoft.graph.user");
        assertThat(adele.path("id").asString()).isEqualTo(t.user("adele").toString());
        assertThat(adele.path("userPrincipalName").asString()).isEqualTo(t.upn("adele"));
        assertThat(adele.propertyNames()).contains("businessPhones", "displayName", "mail", "surname");
    }

    @Test
    void a_reference_may_name_any_host_and_the_users_collection() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").withUser("megan", "US").build();
        ApiClient api = api(t);
        String group = createGroup(api, "Sales");

        assertThat(addMember(api, group, "http://allot.internal:8080/v1.0/users/" + t.user("adele")).status()).isEqualTo(204);
        assertThat(addMember(api, group, "directoryObjects/" + t.user("alex")).status()).isEqualTo(204);
        assertThat(addMember(api, group, "https://graph.microsoft.com/beta/directoryObjects/" + t.user("megan") + "/").status())
                .isEqualTo(204);

        assertThat(api.get("/v1.0/groups/" + group + "/members?$count=true").json().path("@odata.count").asLong()).isEqualTo(3);
    }

    @Test
    void adding_a_member_twice_is_a_400_with_graphs_message() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        ApiClient api = api(t);
        String group = createGroup(api, "Sales");
        addMember(api, group, "https://graph.microsoft.com/v1.0/directoryObjects/" + t.user("adele"));

        Response again = addMember(api, group, "https://graph.microsoft.com/v1.0/directoryObjects/" + t.user("adele"));

        assertThat(again.status()).isEqualTo(400);
        assertThat(again.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(again.errorMessage())
                .isEqualTo("One or more added object references already exist for the following modified properties: 'members'.");
    }

    @Test
    void adding_an_unknown_or_foreign_user_is_a_404() {
        TestTenant other = fixtures.aTenant().named("Contoso").withUser("nestor", "US").build();
        ApiClient api = api(fixtures.aTenant().build());
        String group = createGroup(api, "Sales");

        assertThat(addMember(api, group, "https://graph.microsoft.com/v1.0/directoryObjects/" + other.user("nestor")).status())
                .isEqualTo(404);
        assertThat(addMember(api, group, "https://graph.microsoft.com/v1.0/directoryObjects/" + UUID.randomUUID()).status())
                .isEqualTo(404);
        assertThat(api.get("/v1.0/groups/" + group + "/members").json().path("value")).isEmpty();
    }

    @Test
    void a_member_cannot_be_added_to_another_organizations_group() {
        TestTenant other = fixtures.aTenant().named("Contoso").build();
        String theirs = createGroup(api(other), "Theirs");
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response added = addMember(api(t), theirs, "https://graph.microsoft.com/v1.0/directoryObjects/" + t.user("adele"));

        assertThat(added.status()).isEqualTo(404);
        assertThat(api(other).get("/v1.0/groups/" + theirs + "/members").json().path("value")).isEmpty();
    }

    @Test
    void malformed_references_are_400s() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        ApiClient api = api(t);
        String group = createGroup(api, "Sales");
        String members = "/v1.0/groups/" + group + "/members/$ref";

        List<Response> answers = List.of(api.post(members, "{}"), api.post(members, "{\"@odata.id\":42}"),
                api.post(members, "{\"@odata.id\":\"https://graph.microsoft.com/v1.0/groups/" + t.user("adele") + "\"}"),
                api.post(members, "{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/adele\"}"),
                api.post(members, "{\"@odata.id\":\"x\",\"extra\":1}"), api.post(members, "{\"@odata.id\":"),
                api.post("/v1.0/groups/nope/members/$ref", "{\"@odata.id\":\"directoryObjects/" + t.user("adele") + "\"}"));

        assertThat(answers).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("Request_BadRequest");
        });
    }

    @Test
    void removing_a_member_answers_204_and_removing_a_non_member_is_a_404() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").build();
        ApiClient api = api(t);
        String group = createGroup(api, "Sales");
        addMember(api, group, "directoryObjects/" + t.user("adele"));

        Response removed = api.delete("/v1.0/groups/" + group + "/members/" + t.user("adele") + "/$ref");
        Response notAMember = api.delete("/v1.0/groups/" + group + "/members/" + t.user("alex") + "/$ref");
        Response malformed = api.delete("/v1.0/groups/" + group + "/members/alex/$ref");

        assertThat(removed.status()).isEqualTo(204);
        assertThat(notAMember.status()).isEqualTo(404);
        assertThat(notAMember.errorCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(api.get("/v1.0/groups/" + group + "/members").json().path("value")).isEmpty();
    }

    @Test
    void members_page_by_display_name_with_select_and_top() {
        TestTenant t = fixtures.aTenant().withUser("echo", "US").withUser("alpha", "US").withUser("delta", "US")
                .withUser("bravo", "US").withUser("charlie", "US").build();
        ApiClient api = api(t);
        String group = createGroup(api, "Everyone");
        for (String alias : List.of("echo", "alpha", "delta", "bravo", "charlie")) {
            addMember(api, group, "directoryObjects/" + t.user(alias));
        }

        List<String> names = new ArrayList<>();
        JsonNode page = api.get("/v1.0/groups/" + group + "/members?$top=3&$select=displayName").json();
        names.addAll(displayNames(page));
        assertThat(page.path("value").get(0).propertyNames()).containsExactly("@odata.type", "displayName");
        assertThat(page.path("@odata.context").asString()).endsWith("$metadata#directoryObjects(displayName)");
        String next = page.path("@odata.nextLink").asString();
        assertThat(next).startsWith("http://127.0.0.1:" + port + "/v1.0/groups/" + group + "/members?");
        page = api.get(next).json();
        names.addAll(displayNames(page));

        assertThat(names).containsExactly("Alpha", "Bravo", "Charlie", "Delta", "Echo");
        assertThat(page.has("@odata.nextLink")).isFalse();
    }

    @Test
    void members_show_their_licenses_when_selected() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(2)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);
        ApiClient api = api(t);
        String group = createGroup(api, "Licensed");
        addMember(api, group, "directoryObjects/" + t.user("adele"));

        JsonNode adele = api.get("/v1.0/groups/" + group + "/members?$select=id,assignedLicenses").json().path("value").get(0);

        assertThat(adele.path("assignedLicenses").get(0).path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
    }

    @Test
    void the_members_list_refuses_filters_and_other_collections_skip_tokens() {
        TestTenant t = fixtures.aTenant().build();
        ApiClient api = api(t);
        String group = createGroup(api, "Sales");

        Response filter = api.get("/v1.0/groups/" + group + "/members?$filter=displayName%20eq%20'A'");
        Response groupsToken = api.get("/v1.0/groups/" + group + "/members?$skiptoken="
                + SkipToken.encode(new PageKey("Sales", UUID.fromString(group)), GroupsController.pagingScope(t.id, null)));

        assertThat(filter.errorCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(groupsToken.status()).isEqualTo(400);
        assertThat(api.get("/v1.0/groups/nope/members").errorMessage()).isEqualTo("Invalid object identifier 'nope'.");
    }

    private static Response addMember(ApiClient api, String group, String reference) {
        return api.post("/v1.0/groups/" + group + "/members/$ref", "{\"@odata.id\":\"" + reference + "\"}");
    }

    private static List<String> displayNames(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("value").forEach(u -> names.add(u.path("displayName").asString()));
        return names;
    }

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }
}
