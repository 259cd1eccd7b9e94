package dev.allot.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;

import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.TestTenant;

/** What a script written with Microsoft's own Graph SDK for Java sees: the users collection works unchanged. */
@AllotTest
class GraphSdkUsersTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void the_sdk_page_iterator_visits_every_matching_user_once() throws Exception {
        TestTenant t = fixtures.aTenant().withUser("someone", "GB").build();
        List<UUID> created = t.addUsers("user", 120);
        GraphServiceClient graph = graph(t);

        UserCollectionResponse first = graph.users().get(request -> {
            request.queryParameters.filter = "usageLocation eq 'US' and startswith(userPrincipalName,'user')";
            request.queryParameters.select = new String[] {"id", "displayName", "userPrincipalName"};
            request.queryParameters.orderby = new String[] {"userPrincipalName desc"};
            request.queryParameters.top = 50;
            request.queryParameters.count = true;
            request.headers.add("ConsistencyLevel", "eventual");
        });
        List<String> visited = new ArrayList<>();
        new PageIterator.Builder<User, UserCollectionResponse>().client(graph).collectionPage(first)
                .collectionPageFactory(UserCollectionResponse::createFromDiscriminatorValue)
                .processPageItemCallback(user -> visited.add(user.getId())).build().iterate();

        assertThat(first.getOdataCount()).isEqualTo(120);
        assertThat(first.getValue()).hasSize(50);
        assertThat(visited).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created.stream().map(UUID::toString).toList());
    }

    @Test
    void the_sdk_counts_users_through_the_count_segment() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "GB").withUser("megan", "US").build();

        Integer count = graph(t).users().count().get(request -> {
            request.queryParameters.filter = "usageLocation eq 'US'";
            request.headers.add("ConsistencyLevel", "eventual");
        });

        assertThat(count).isEqualTo(2);
    }

    @Test
    void the_sdk_reports_an_unsupported_filter_as_an_odata_error_with_graphs_code() {
        TestTenant t = fixtures.aTenant().build();

        ODataError error = catchThrowableOfType(ODataError.class,
                () -> graph(t).users().get(request -> request.queryParameters.filter = "endswith(mail,'@contoso.com')"));

        assertThat(error.getResponseStatusCode()).isEqualTo(400);
        assertThat(error.getError().getCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(error.getError().getMessage()).startsWith("Unsupported $filter: function 'endswith()' at position 1.");
    }

    private GraphServiceClient graph(TestTenant t) {
        AccessTokenProvider token = new AccessTokenProvider() {
            @Override
            public String getAuthorizationToken(java.net.URI uri, Map<String, Object> context) {
                return t.token;
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return new AllowedHostsValidator("127.0.0.1");
            }
        };
        GraphServiceClient graph = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(token));
        graph.getRequestAdapter().setBaseUrl("http://127.0.0.1:" + port + "/v1.0");
        return graph;
    }
}
