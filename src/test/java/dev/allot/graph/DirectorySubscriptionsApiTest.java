package dev.allot.graph;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.graph.models.CompanySubscription;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.authentication.AccessTokenProvider;
import com.microsoft.kiota.authentication.AllowedHostsValidator;
import com.microsoft.kiota.authentication.BaseBearerTokenAuthenticationProvider;

import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class DirectorySubscriptionsApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    @Test
    void subscriptions_are_listed_as_graphs_company_subscriptions() {
        TestTenant t = fixtures.aTenant().withSku(Sku.EXCHANGE_PLAN_1, seats(25)).build();

        Response r = api(t).get("/v1.0/directory/subscriptions");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("@odata.context").asString()).endsWith("/v1.0/$metadata#directory/subscriptions");
        JsonNode s = r.json().path("value").get(0);
        assertThat(s.propertyNames()).containsExactly("commerceSubscriptionId", "createdDateTime", "id", "isTrial",
                "nextLifecycleDateTime", "ownerId", "ownerTenantId", "ownerType", "serviceStatus", "skuId", "skuPartNumber", "status",
                "totalLicenses");
        assertThat(s.path("commerceSubscriptionId").asString()).isEqualTo(s.path("id").asString());
        assertThat(s.path("createdDateTime").asString()).endsWith("Z");
        assertThat(s.path("isTrial").asBoolean()).isFalse();
        assertThat(s.path("nextLifecycleDateTime").asString()).endsWith("Z");
        assertThat(s.path("skuId").asString()).isEqualTo(Sku.EXCHANGE_PLAN_1.id.toString());
        assertThat(s.path("skuPartNumber").asString()).isEqualTo("EXCHANGESTANDARD");
        assertThat(s.path("status").asString()).isEqualTo("Enabled");
        assertThat(s.path("totalLicenses").asInt()).isEqualTo(25);
        JsonNode exchange = s.path("serviceStatus").valueStream()
                .filter(p -> p.path("servicePlanId").asString().equals(Plan.EXCHANGE_S_STANDARD.id.toString())).findFirst().orElseThrow();
        assertThat(exchange.path("servicePlanName").asString()).isEqualTo("EXCHANGE_S_STANDARD");
        assertThat(exchange.path("provisioningStatus").asString()).isEqualTo("Success");
        assertThat(exchange.path("appliesTo").asString()).isEqualTo("User");
    }

    @Test
    void an_expired_subscription_in_its_grace_period_is_warning_and_a_suspended_ones_plans_are_disabled() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5), SubscriptionStatus.Warning)
                .withSku(Sku.EXCHANGE_PLAN_1, seats(2), SubscriptionStatus.Suspended).build();

        JsonNode list = api(t).get("/v1.0/directory/subscriptions").json().path("value");

        JsonNode warning = bySku(list, Sku.E3);
        JsonNode suspended = bySku(list, Sku.EXCHANGE_PLAN_1);
        assertThat(warning.path("status").asString()).isEqualTo("Warning");
        assertThat(warning.path("serviceStatus").valueStream().map(p -> p.path("provisioningStatus").asString())).containsOnly("Success");
        assertThat(suspended.path("status").asString()).isEqualTo("Suspended");
        assertThat(suspended.path("serviceStatus").valueStream().map(p -> p.path("provisioningStatus").asString())).containsOnly("Disabled");
    }

    @Test
    void one_subscription_is_read_by_id_or_by_its_commerce_subscription_id() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = api(t).get("/v1.0/directory/subscriptions").json().path("value").get(0).path("id").asString();

        Response byId = api(t).get("/v1.0/directory/subscriptions/" + id);
        Response byAlternateKey = api(t).get("/v1.0/directory/subscriptions(commerceSubscriptionId='" + id + "')");

        assertThat(byId.status()).as(byId.body()).isEqualTo(200);
        assertThat(byId.json().path("@odata.context").asString()).endsWith("#directory/subscriptions/$entity");
        assertThat(byId.json().path("skuPartNumber").asString()).isEqualTo("ENTERPRISEPACK");
        assertThat(byAlternateKey.status()).as(byAlternateKey.body()).isEqualTo(200);
        assertThat(byAlternateKey.json().path("id").asString()).isEqualTo(id);
    }

    @Test
    void select_limits_the_properties() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();

        Response r = api(t).get("/v1.0/directory/subscriptions?$select=skuPartNumber,totalLicenses");
        Response unknown = api(t).get("/v1.0/directory/subscriptions?$select=seats");

        assertThat(r.json().path("@odata.context").asString()).endsWith("#directory/subscriptions(skuPartNumber,totalLicenses)");
        assertThat(r.json().path("value").get(0).propertyNames()).containsExactly("skuPartNumber", "totalLicenses");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorCode()).isEqualTo("Request_UnsupportedQuery");
    }

    @Test
    void another_organizations_subscription_is_a_graph_404() {
        TestTenant mine = fixtures.aTenant().build();
        TestTenant theirs = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        String id = api(theirs).get("/v1.0/directory/subscriptions").json().path("value").get(0).path("id").asString();

        Response r = api(mine).get("/v1.0/directory/subscriptions/" + id);
        Response notAnId = api(mine).get("/v1.0/directory/subscriptions/not-an-id");

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(r.json().path("error").path("innerError").path("request-id").asString()).isNotBlank();
        assertThat(notAnId.status()).isEqualTo(404);
        assertThat(notAnId.errorCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(api(mine).get("/v1.0/directory/subscriptions").json().path("value")).isEmpty();
    }

    @Test
    void microsofts_graph_sdk_reads_the_subscriptions() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(7)).build();
        GraphServiceClient graph = sdk(t);

        List<CompanySubscription> subscriptions = graph.directory().subscriptions().get().getValue();
        CompanySubscription one = graph.directory().subscriptions().byCompanySubscriptionId(subscriptions.get(0).getId()).get();

        assertThat(subscriptions).hasSize(1);
        assertThat(one.getSkuId()).isEqualTo(Sku.E3.id.toString());
        assertThat(one.getTotalLicenses()).isEqualTo(7);
        assertThat(one.getStatus()).isEqualTo("Enabled");
        assertThat(one.getCreatedDateTime()).isNotNull();
        assertThat(one.getServiceStatus()).isNotEmpty().allSatisfy(plan -> assertThat(plan.getServicePlanName()).isNotBlank());
    }

    private GraphServiceClient sdk(TestTenant t) {
        AccessTokenProvider tokens = new AccessTokenProvider() {
            @Override
            public String getAuthorizationToken(URI uri, Map<String, Object> context) {
                return t.token;
            }

            @Override
            public AllowedHostsValidator getAllowedHostsValidator() {
                return new AllowedHostsValidator("127.0.0.1");
            }
        };
        GraphServiceClient graph = new GraphServiceClient(new BaseBearerTokenAuthenticationProvider(tokens));
        graph.getRequestAdapter().setBaseUrl("http://127.0.0.1:" + port + "/v1.0");
        return graph;
    }

    private static JsonNode bySku(JsonNode list, Sku sku) {
        return list.valueStream().filter(s -> s.path("skuId").asString().equals(sku.id.toString())).findFirst().orElseThrow();
    }
}
