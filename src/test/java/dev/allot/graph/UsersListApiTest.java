package dev.allot.graph;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.domain.UserProperty;
import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.GraphQuery;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class UsersListApiTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @LocalServerPort
    int port;

    @Test
    void listing_users_shows_graphs_default_properties_under_the_collection_context() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "GB").build();

        Response r = api(t).get("/v1.0/users");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("@odata.context").asString()).isEqualTo("http://127.0.0.1:" + port + "/v1.0/$metadata#users");
        assertThat(r.json().has("@odata.nextLink")).isFalse();
        assertThat(r.json().has("@odata.count")).isFalse();
        assertThat(names(r)).containsExactly("Adele", "Alex");
        assertThat(r.json().path("value").get(0).propertyNames()).containsExactlyElementsOf(UserJson.DEFAULT);
        assertThat(r.json().path("value").get(0).path("id").asString()).isEqualTo(t.user("adele").toString());
    }

    @Test
    void select_limits_each_user_to_the_properties_asked_for() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response r = api(t).get(GraphQuery.of("/v1.0/users").with("$select", "id,displayName,usageLocation").toString());

        JsonNode adele = r.json().path("value").get(0);
        assertThat(adele.propertyNames()).containsExactly("id", "displayName", "usageLocation");
        assertThat(adele.path("usageLocation").asString()).isEqualTo("US");
    }

    @Test
    void selecting_an_unknown_property_is_a_400() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response r = api(t).get(GraphQuery.of("/v1.0/users").with("$select", "displayName,shoeSize").toString());

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("'shoeSize'");
    }

    @Test
    void selecting_assigned_licenses_shows_the_products_each_user_holds() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").withUser("alex", "US").build();
        t.assign("adele", Sku.E3);

        Response r = api(t).get(GraphQuery.of("/v1.0/users").with("$select", "displayName,assignedLicenses").toString());

        JsonNode value = r.json().path("value");
        assertThat(value.get(0).path("assignedLicenses").get(0).path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
        assertThat(value.get(1).path("assignedLicenses").isEmpty()).isTrue();
    }

    @Test
    void top_limits_the_page_and_a_next_link_leads_to_the_rest() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").withUser("megan", "US").build();

        Response first = api(t).get("/v1.0/users?$top=2");
        Response second = api(t).get(first.json().path("@odata.nextLink").asString());

        assertThat(names(first)).containsExactly("Adele", "Alex");
        assertThat(names(second)).containsExactly("Megan");
        assertThat(second.json().has("@odata.nextLink")).isFalse();
    }

    @Test
    void top_must_be_a_whole_number_from_1_to_999() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        for (String top : List.of("0", "1000", "abc", "-1", "1.5", "", "99999999999")) {
            Response r = api(t).get(GraphQuery.of("/v1.0/users").with("$top", top).toString());
            assertThat(r.status()).as(top).isEqualTo(400);
            assertThat(r.errorMessage()).isEqualTo("Invalid page size specified: '" + top + "'. Must be between 1 and 999 inclusive.");
        }
        assertThat(api(t).get("/v1.0/users?$top=999").status()).isEqualTo(200);
    }

    @Test
    void count_true_adds_how_many_users_match_in_all() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").withUser("megan", "GB").build();

        Response r = api(t).get(GraphQuery.of("/v1.0/users").with("$count", "true").with("$filter", "usageLocation eq 'US'")
                .with("$top", "1").toString());

        assertThat(r.json().path("@odata.count").asLong()).isEqualTo(2);
        assertThat(names(r)).containsExactly("Adele");
        assertThat(api(t).get("/v1.0/users?$count=false").json().has("@odata.count")).isFalse();
    }

    @Test
    void count_must_be_true_or_false() {
        TestTenant t = fixtures.aTenant().build();

        Response r = api(t).get("/v1.0/users?$count=yes");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("Invalid value 'yes' for $count: use $count=true or $count=false.");
    }

    @Test
    void orderby_display_name_sorts_ascending_or_descending() {
        TestTenant t = fixtures.aTenant().withUser("carol", "US").withUser("alice", "US").withUser("bob", "US").build();

        assertThat(names(api(t).get("/v1.0/users"))).containsExactly("Alice", "Bob", "Carol");
        assertThat(names(api(t).get(GraphQuery.of("/v1.0/users").with("$orderby", "displayName asc").toString())))
                .containsExactly("Alice", "Bob", "Carol");
        assertThat(names(api(t).get(GraphQuery.of("/v1.0/users").with("$orderby", "displayName desc").toString())))
                .containsExactly("Carol", "Bob", "Alice");
    }

    @Test
    void orderby_user_principal_name_sorts_by_it_ignoring_case() {
        TestTenant t = fixtures.aTenant().build();
        t.addUser("zoe", "US", Map.of(UserProperty.displayName, "Aaron"));
        t.addUser("Mia", "US", Map.of(UserProperty.displayName, "Zed"));
        t.addUser("ann", "US", Map.of(UserProperty.displayName, "Mark"));

        assertThat(names(api(t).get("/v1.0/users?$orderby=userPrincipalName"))).containsExactly("Mark", "Zed", "Aaron");
        assertThat(names(api(t).get(GraphQuery.of("/v1.0/users").with("$orderby", "userPrincipalName desc").toString())))
                .containsExactly("Aaron", "Zed", "Mark");
    }

    @Test
    void ordering_by_anything_else_is_a_400_saying_what_is_supported() {
        TestTenant t = fixtures.aTenant().build();
        String supported = "Supported: displayName or userPrincipalName, optionally followed by asc or desc (e.g. $orderby=displayName desc).";

        assertRefused(t, "$orderby", "mail", "Request_UnsupportedQuery", "Ordering users by 'mail' is not supported. " + supported);
        assertRefused(t, "$orderby", "displayName,mail", "Request_UnsupportedQuery",
                "Ordering by more than one property is not supported: 'displayName,mail'. " + supported);
        assertRefused(t, "$orderby", "displayName sideways", "Request_UnsupportedQuery", "Invalid sort direction 'sideways' in $orderby. " + supported);
        assertRefused(t, "$orderby", "displayName asc please", "Request_UnsupportedQuery", "Invalid $orderby 'displayName asc please'. " + supported);
        assertRefused(t, "$orderby", " ", "Request_UnsupportedQuery", "Invalid $orderby ' '. " + supported);
    }

    @Test
    void search_is_a_400_that_suggests_filter_instead() {
        TestTenant t = fixtures.aTenant().build();

        assertRefused(t, "$search", "\"displayName:adele\"", "Request_UnsupportedQuery", "The query option '$search' is not supported. "
                + "Use $filter instead, e.g. $filter=startswith(displayName,'ad') or startswith(mail,'ad').");
    }

    @Test
    void any_other_query_option_is_a_400_naming_it() {
        TestTenant t = fixtures.aTenant().build();
        String supported = "Supported: $select, $filter, $top, $count, $orderby, $skiptoken.";

        assertRefused(t, "$expand", "manager", "Request_UnsupportedQuery", "The query option '$expand' is not supported here. " + supported);
        assertRefused(t, "$skip", "10", "Request_UnsupportedQuery", "The query option '$skip' is not supported here. " + supported);
        assertRefused(t, "$shoeSize", "10", "Request_UnsupportedQuery", "The query option '$shoesize' is not supported here. " + supported);
        assertRefused(t, "skip", "10", "Request_UnsupportedQuery", "The query option '$skip' is not supported here. " + supported);
    }

    @Test
    void an_option_given_twice_is_a_400() {
        TestTenant t = fixtures.aTenant().build();

        Response r = api(t).get("/v1.0/users?$top=1&$TOP=2");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("The query option '$top' is given more than once; give it once.");
    }

    @Test
    void option_names_may_be_written_in_any_case_and_without_the_dollar_as_graph_allows() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").build();

        assertThat(names(api(t).get(GraphQuery.of("/v1.0/users").with("filter", "displayName eq 'Alex'").toString()))).containsExactly("Alex");
        assertThat(names(api(t).get(GraphQuery.of("/v1.0/users").with("$Filter", "displayName eq 'Alex'").toString()))).containsExactly("Alex");
    }

    @Test
    void parameters_that_are_not_odata_options_are_left_alone() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        assertThat(names(api(t).get("/v1.0/users?api-version=1.0&cacheBuster=123"))).containsExactly("Adele");
    }

    @Test
    void deleted_users_are_not_listed_nor_counted() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").build();
        directory.deleteUser(t.id, Fixtures.ADMIN, t.user("alex"));

        assertThat(names(api(t).get("/v1.0/users?$count=true"))).containsExactly("Adele");
        assertThat(api(t).get("/v1.0/users?$count=true").json().path("@odata.count").asLong()).isEqualTo(1);
        assertThat(api(t).get("/v1.0/users/$count").body()).isEqualTo("1");
    }

    @Test
    void users_of_another_organization_never_appear() {
        TestTenant ours = fixtures.aTenant().withUser("adele", "US").build();
        TestTenant theirs = fixtures.aTenant().withUser("adele", "US").withUser("bob", "US").build();
        UUID bob = theirs.user("bob");

        assertThat(ids(api(ours).get("/v1.0/users?$top=999"))).containsExactly(ours.user("adele").toString());
        assertThat(ids(api(ours).get(GraphQuery.of("/v1.0/users").with("$filter", "id eq '" + bob + "'").toString()))).isEmpty();
        assertThat(ids(api(ours).get(GraphQuery.of("/v1.0/users").with("$filter", "startswith(displayName,'')").toString())))
                .containsExactly(ours.user("adele").toString());
        assertThat(api(ours).get("/v1.0/users/$count").body()).isEqualTo("1");
    }

    @Test
    void the_count_endpoint_answers_in_plain_text_and_honours_the_filter() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").withUser("megan", "GB").build();

        Response all = api(t).get("/v1.0/users/$count");
        Response filtered = api(t).get(GraphQuery.of("/v1.0/users/$count").with("$filter", "usageLocation eq 'GB'").toString());

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("text/plain");
        assertThat(all.body()).isEqualTo("3");
        assertThat(filtered.body()).isEqualTo("1");
    }

    @Test
    void the_count_endpoint_refuses_options_other_than_filter() {
        TestTenant t = fixtures.aTenant().build();

        Response r = api(t).get("/v1.0/users/$count?$top=5");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("The query option '$top' is not supported here. Supported: $filter.");
        assertThat(api(t).get(GraphQuery.of("/v1.0/users/$count").with("$filter", "displayName gt 'a'").toString()).status())
                .isEqualTo(400);
    }

    @Test
    void the_users_collection_needs_a_token() {
        assertThat(new ApiClient(port, null).get("/v1.0/users").status()).isEqualTo(401);
        assertThat(new ApiClient(port, null).get("/v1.0/users/$count").status()).isEqualTo(401);
    }

    private void assertRefused(TestTenant t, String option, String value, String code, String message) {
        Response r = api(t).get(GraphQuery.of("/v1.0/users").with(option, value).toString());
        assertThat(r.status()).as(option + "=" + value).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo(code);
        assertThat(r.errorMessage()).isEqualTo(message);
    }

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    static List<String> names(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("value").valueStream().map(u -> u.path("displayName").asString()).toList();
    }

    static List<String> ids(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("value").valueStream().map(u -> u.path("id").asString()).toList();
    }
}
