package dev.allot.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.directory.domain.UserProperty;
import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.GraphQuery;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class UsersPagingApiTest {

    private static final String INVALID_TOKEN = "The $skiptoken is not valid for this request. Follow the @odata.nextLink of the "
            + "previous page as it is: a skip token cannot be edited, nor used with another $filter or $orderby, nor in another organization.";

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void following_next_links_returns_every_user_exactly_once() {
        TestTenant t = fixtures.aTenant().build();
        List<UUID> created = t.addUsers("user", 250);

        List<Response> pages = allPages(t, "/v1.0/users?$top=100");

        assertThat(pages).extracting(p -> p.json().path("value").size()).containsExactly(100, 100, 50);
        List<String> ids = pages.stream().flatMap(p -> p.json().path("value").valueStream()).map(u -> u.path("id").asString()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created.stream().map(UUID::toString).toList());
        assertThat(pages.get(0).json().path("@odata.nextLink").asString()).startsWith("http://127.0.0.1:" + port + "/v1.0/users?$top=100&$skiptoken=");
    }

    @Test
    void next_links_keep_the_filter_order_and_selection_and_pages_follow_the_order() {
        TestTenant t = fixtures.aTenant().withUser("someone", "GB").build();
        t.addUsers("user", 30);
        String first = GraphQuery.of("/v1.0/users").with("$filter", "startswith(userPrincipalName,'user') and usageLocation eq 'US'")
                .with("$orderby", "userPrincipalName desc").with("$select", "id,userPrincipalName").with("$top", "7")
                .with("$count", "true").toString();

        List<Response> pages = allPages(t, first);

        assertThat(pages).hasSize(5).allSatisfy(p -> assertThat(p.json().path("@odata.count").asLong()).isEqualTo(30));
        List<JsonNode> users = pages.stream().flatMap(p -> p.json().path("value").valueStream()).toList();
        assertThat(users).allSatisfy(u -> assertThat(u.propertyNames()).containsExactly("id", "userPrincipalName"));
        List<String> upns = users.stream().map(u -> u.path("userPrincipalName").asString()).toList();
        assertThat(upns).hasSize(30).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void paging_in_display_name_order_is_exact_even_when_names_repeat() {
        TestTenant t = fixtures.aTenant().build();
        for (int i = 0; i < 12; i++) {
            t.addUser("same" + i, "US", Map.of(UserProperty.displayName, "Same Name"));
        }

        List<Response> pages = allPages(t, "/v1.0/users?$top=5&$orderby=displayName%20desc");

        List<String> ids = pages.stream().flatMap(p -> p.json().path("value").valueStream()).map(u -> u.path("id").asString()).toList();
        assertThat(ids).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void an_edited_skip_token_is_a_400() {
        TestTenant t = fixtures.aTenant().build();
        t.addUsers("user", 3);
        String next = api(t).get("/v1.0/users?$top=1").json().path("@odata.nextLink").asString();
        String token = next.substring(next.indexOf("$skiptoken=") + "$skiptoken=".length());
        char flipped = token.charAt(10) == 'A' ? 'B' : 'A';
        String edited = token.substring(0, 10) + flipped + token.substring(11);

        assertInvalidToken(api(t).get("/v1.0/users?$top=1&$skiptoken=" + edited));
        assertInvalidToken(api(t).get("/v1.0/users?$top=1&$skiptoken=not-a-token"));
        assertInvalidToken(api(t).get("/v1.0/users?$top=1&$skiptoken=e30"));
    }

    @Test
    void a_skip_token_used_with_another_filter_or_order_is_a_400() {
        TestTenant t = fixtures.aTenant().build();
        t.addUsers("user", 3);
        String token = skipToken(api(t).get("/v1.0/users?$top=1"));

        assertInvalidToken(api(t).get(GraphQuery.of("/v1.0/users").with("$filter", "usageLocation eq 'US'").with("$skiptoken", token).toString()));
        assertInvalidToken(api(t).get(GraphQuery.of("/v1.0/users").with("$orderby", "displayName desc").with("$skiptoken", token).toString()));
        assertThat(api(t).get(GraphQuery.of("/v1.0/users").with("$top", "2").with("$skiptoken", token).toString()).status()).isEqualTo(200);
    }

    @Test
    void a_skip_token_of_another_organization_is_a_400() {
        TestTenant ours = fixtures.aTenant().build();
        ours.addUsers("user", 3);
        TestTenant theirs = fixtures.aTenant().build();
        String token = skipToken(api(ours).get("/v1.0/users?$top=1"));

        assertInvalidToken(api(theirs).get("/v1.0/users?$top=1&$skiptoken=" + token));
    }

    private void assertInvalidToken(Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo(INVALID_TOKEN);
    }

    private List<Response> allPages(TestTenant t, String first) {
        List<Response> pages = new ArrayList<>();
        String next = first;
        while (next != null) {
            Response page = api(t).get(next);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(page);
            next = page.json().has("@odata.nextLink") ? page.json().path("@odata.nextLink").asString() : null;
            assertThat(pages).as("more pages than users").hasSizeLessThan(300);
        }
        return pages;
    }

    private static String skipToken(Response page) {
        String next = page.json().path("@odata.nextLink").asString();
        return next.substring(next.indexOf("$skiptoken=") + "$skiptoken=".length());
    }

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }
}
