package dev.allot.graph;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
class SubscribedSkusApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void a_subscribed_product_is_shown_exactly_as_graph_shows_it() {
        TestTenant t = fixtures.aTenant().named("Fabrikam Ltd").withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);

        JsonNode list = api(t).get("/v1.0/subscribedSkus").json();

        assertThat(list.path("@odata.context").asString()).endsWith("/v1.0/$metadata#subscribedSkus");
        assertThat(list.path("value")).hasSize(1);
        JsonNode e3 = list.path("value").get(0);
        assertThat(e3.propertyNames()).containsExactly("accountId", "accountName", "appliesTo", "capabilityStatus", "consumedUnits", "id",
                "prepaidUnits", "servicePlans", "skuId", "skuPartNumber", "subscriptionIds");
        assertThat(e3.path("accountId").asString()).isEqualTo(t.id.toString());
        assertThat(e3.path("accountName").asString()).isEqualTo("Fabrikam Ltd");
        assertThat(e3.path("appliesTo").asString()).isEqualTo("User");
        assertThat(e3.path("capabilityStatus").asString()).isEqualTo("Enabled");
        assertThat(e3.path("consumedUnits").asInt()).isEqualTo(1);
        assertThat(e3.path("id").asString()).isEqualTo(t.id + "_" + Sku.E3.id);
        assertThat(e3.path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
        assertThat(e3.path("skuPartNumber").asString()).isEqualTo("ENTERPRISEPACK");
        assertThat(e3.path("prepaidUnits").propertyNames()).containsExactlyInAnyOrder("enabled", "lockedOut", "suspended", "warning");
        assertThat(e3.path("prepaidUnits").path("enabled").asInt()).isEqualTo(5);
        assertThat(e3.path("subscriptionIds")).hasSize(1);
        assertThat(UUID.fromString(e3.path("subscriptionIds").get(0).asString())).isNotNull();
    }

    @Test
    void service_plans_are_listed_as_provisioned() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();

        JsonNode plans = api(t).get("/v1.0/subscribedSkus").json().path("value").get(0).path("servicePlans");

        JsonNode exchange = find(plans, "servicePlanId", Plan.EXCHANGE_S_ENTERPRISE.id.toString());
        assertThat(exchange.propertyNames()).containsExactly("servicePlanId", "servicePlanName", "provisioningStatus", "appliesTo");
        assertThat(exchange.path("servicePlanName").asString()).isEqualTo("EXCHANGE_S_ENTERPRISE");
        assertThat(exchange.path("provisioningStatus").asString()).isEqualTo("Success");
        assertThat(exchange.path("appliesTo").asString()).isEqualTo("User");
        assertThat(plans.size()).isGreaterThan(10);
    }

    @Test
    void seats_and_status_add_up_over_all_subscriptions_of_a_product() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.E3, seats(3), SubscriptionStatus.Warning)
                .withSku(Sku.EXCHANGE_PLAN_1, seats(4), SubscriptionStatus.Suspended)
                .withSku(Sku.POWER_BI_PRO, seats(2), SubscriptionStatus.Warning).build();

        JsonNode value = api(t).get("/v1.0/subscribedSkus").json().path("value");

        assertThat(value).hasSize(3);
        JsonNode e3 = find(value, "skuId", Sku.E3.id.toString());
        assertThat(e3.path("prepaidUnits").path("enabled").asInt()).isEqualTo(5);
        assertThat(e3.path("prepaidUnits").path("warning").asInt()).isEqualTo(3);
        assertThat(e3.path("subscriptionIds")).hasSize(2);
        assertThat(e3.path("capabilityStatus").asString()).isEqualTo("Enabled");
        JsonNode exchange = find(value, "skuId", Sku.EXCHANGE_PLAN_1.id.toString());
        assertThat(exchange.path("capabilityStatus").asString()).isEqualTo("Suspended");
        assertThat(exchange.path("prepaidUnits").path("suspended").asInt()).isEqualTo(4);
        assertThat(find(value, "skuId", Sku.POWER_BI_PRO.id.toString()).path("capabilityStatus").asString()).isEqualTo("Warning");
    }

    @Test
    void locked_out_deleted_and_company_wide_products_say_so() {
        TestTenant t = fixtures.aTenant().withSku(Sku.EXTRA_FILE_STORAGE, seats(10), SubscriptionStatus.LockedOut)
                .withSku(Sku.VISIO_PLAN_2, seats(3)).build();
        t.setSubscriptionStatus(Sku.VISIO_PLAN_2, SubscriptionStatus.Deleted);

        JsonNode value = api(t).get("/v1.0/subscribedSkus").json().path("value");

        JsonNode storage = find(value, "skuId", Sku.EXTRA_FILE_STORAGE.id.toString());
        assertThat(storage.path("capabilityStatus").asString()).isEqualTo("LockedOut");
        assertThat(storage.path("appliesTo").asString()).isEqualTo("Company");
        assertThat(storage.path("prepaidUnits").path("lockedOut").asInt()).isEqualTo(10);
        JsonNode visio = find(value, "skuId", Sku.VISIO_PLAN_2.id.toString());
        assertThat(visio.path("capabilityStatus").asString()).isEqualTo("Deleted");
        assertThat(visio.path("prepaidUnits").path("enabled").asInt()).isZero();
        assertThat(visio.path("subscriptionIds")).hasSize(1);
    }

    @Test
    void a_product_is_read_by_graphs_id_or_by_its_bare_sku_id() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.EXCHANGE_PLAN_1, seats(1)).build();

        Response byGraphId = api(t).get("/v1.0/subscribedSkus/" + t.id + "_" + Sku.E3.id);
        Response bySkuId = api(t).get("/v1.0/subscribedSkus/" + Sku.EXCHANGE_PLAN_1.id);

        assertThat(byGraphId.status()).isEqualTo(200);
        assertThat(byGraphId.json().path("@odata.context").asString()).endsWith("$metadata#subscribedSkus/$entity");
        assertThat(byGraphId.json().path("skuPartNumber").asString()).isEqualTo("ENTERPRISEPACK");
        assertThat(bySkuId.json().path("skuPartNumber").asString()).isEqualTo("EXCHANGESTANDARD");
        assertThat(bySkuId.json().path("id").asString()).isEqualTo(t.id + "_" + Sku.EXCHANGE_PLAN_1.id);
    }

    @Test
    void another_organizations_or_an_unsubscribed_product_is_not_found() {
        TestTenant other = fixtures.aTenant().named("Contoso").withSku(Sku.E3, seats(5)).build();
        TestTenant t = fixtures.aTenant().withSku(Sku.EXCHANGE_PLAN_1, seats(1)).build();

        List<Response> answers = List.of(api(t).get("/v1.0/subscribedSkus/" + other.id + "_" + Sku.E3.id),
                api(t).get("/v1.0/subscribedSkus/" + other.id + "_" + Sku.EXCHANGE_PLAN_1.id),
                api(t).get("/v1.0/subscribedSkus/" + Sku.E3.id));

        assertThat(answers).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("Request_ResourceNotFound");
        });
        assertThat(api(other).get("/v1.0/subscribedSkus/" + Sku.E3.id).status()).isEqualTo(200);
    }

    @Test
    void a_malformed_id_is_a_400() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();

        assertThat(api(t).get("/v1.0/subscribedSkus/ENTERPRISEPACK").status()).isEqualTo(400);
        assertThat(api(t).get("/v1.0/subscribedSkus/" + t.id + "_nope").status()).isEqualTo(400);
        assertThat(api(t).get("/v1.0/subscribedSkus/nope_" + Sku.E3.id).status()).isEqualTo(400);
    }

    @Test
    void select_limits_the_properties_and_filters_are_refused_as_graph_does() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();

        JsonNode selected = api(t).get("/v1.0/subscribedSkus?$select=skuPartNumber,consumedUnits").json();
        JsonNode one = api(t).get("/v1.0/subscribedSkus/" + Sku.E3.id + "?$select=skuId").json();
        Response filtered = api(t).get("/v1.0/subscribedSkus?$filter=skuPartNumber%20eq%20'ENTERPRISEPACK'");
        Response paged = api(t).get("/v1.0/subscribedSkus?$top=1");

        assertThat(selected.path("value").get(0).propertyNames()).containsExactly("skuPartNumber", "consumedUnits");
        assertThat(selected.path("@odata.context").asString()).endsWith("$metadata#subscribedSkus(skuPartNumber,consumedUnits)");
        assertThat(one.propertyNames()).containsExactly("@odata.context", "skuId");
        assertThat(filtered.status()).isEqualTo(400);
        assertThat(filtered.errorCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(filtered.errorMessage()).isEqualTo("Query filter expressions aren't supported.");
        assertThat(paged.errorCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(api(t).get("/v1.0/subscribedSkus?$select=color").status()).isEqualTo(400);
    }

    @Test
    void an_organization_without_products_has_an_empty_list() {
        TestTenant t = fixtures.aTenant().build();

        assertThat(api(t).get("/v1.0/subscribedSkus").json().path("value")).isEmpty();
    }

    private static JsonNode find(JsonNode array, String property, String value) {
        List<JsonNode> matches = new ArrayList<>();
        array.forEach(item -> {
            if (item.path(property).asString().equals(value)) {
                matches.add(item);
            }
        });
        assertThat(matches).as(property + " " + value).hasSize(1);
        return matches.get(0);
    }

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }
}
