package dev.allot.catalog;

import static dev.allot.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class CatalogApiTest {

    static final String ACME_CAD_PRO = """
            {"skuPartNumber":"ACME_CAD_PRO","displayName":"Acme CAD Pro","appliesTo":"User",
             "servicePlans":[{"servicePlanName":"ACME_CAD","friendlyName":"Acme CAD"},{"servicePlanName":"ACME_RENDER"}]}
            """;

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    @Test
    void products_are_found_by_name_or_part_number_in_microsofts_catalog() {
        TestTenant t = fixtures.aTenant().build();

        JsonNode byName = api(t).get("/api/v1/catalog/products?search=office%20365%20e3").json().path("value");
        JsonNode byPartNumber = api(t).get("/api/v1/catalog/products?search=ENTERPRISEPACK").json().path("value");
        JsonNode firstThree = api(t).get("/api/v1/catalog/products?top=3").json().path("value");

        assertThat(byName.valueStream().map(p -> p.path("skuPartNumber").asString())).contains("ENTERPRISEPACK");
        JsonNode e3 = byPartNumber.valueStream().filter(p -> p.path("skuId").asString().equals(Sku.E3.id.toString())).findFirst().orElseThrow();
        assertThat(e3.path("displayName").asString()).isEqualTo("Office 365 E3");
        assertThat(e3.path("origin").asString()).isEqualTo("Catalog");
        assertThat(e3.path("appliesTo").asString()).isEqualTo("User");
        assertThat(e3.path("servicePlans").valueStream().map(p -> p.path("servicePlanName").asString())).contains("EXCHANGE_S_ENTERPRISE", "TEAMS1");
        assertThat(firstThree).hasSize(3);
    }

    @Test
    void wildcards_typed_in_a_search_are_taken_literally() {
        TestTenant t = fixtures.aTenant().build();

        assertThat(api(t).get("/api/v1/catalog/products?search=%25").json().path("value")).isEmpty();
        assertThat(api(t).get("/api/v1/catalog/products?search=_E3_").json().path("value").valueStream()
                .map(p -> p.path("skuPartNumber").asString())).allMatch(n -> n.contains("_E3_"));
    }

    @Test
    void one_product_is_read_by_sku_id_and_an_unknown_one_is_a_404() {
        TestTenant t = fixtures.aTenant().build();

        Response e3 = api(t).get("/api/v1/catalog/products/" + Sku.E3.id);
        Response unknown = api(t).get("/api/v1/catalog/products/" + UUID.randomUUID());

        assertThat(e3.status()).as(e3.body()).isEqualTo(200);
        assertThat(e3.json().path("skuPartNumber").asString()).isEqualTo("ENTERPRISEPACK");
        assertThat(assertProblem(unknown, 404, "NOT_FOUND")).startsWith("The catalog has no product with skuId");
    }

    @Test
    void adding_a_custom_product_returns_201_with_generated_ids_for_the_organization_only() {
        TestTenant t = fixtures.aTenant().build();
        TestTenant other = fixtures.aTenant().build();

        Response r = api(t).post("/api/v1/catalog/products", ACME_CAD_PRO);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode product = r.json();
        String skuId = product.path("skuId").asString();
        assertThat(r.location()).endsWith("/api/v1/catalog/products/" + skuId);
        assertThat(product.path("skuPartNumber").asString()).isEqualTo("ACME_CAD_PRO");
        assertThat(product.path("displayName").asString()).isEqualTo("Acme CAD Pro");
        assertThat(product.path("origin").asString()).isEqualTo("Custom");
        assertThat(product.path("servicePlans").valueStream().map(p -> p.path("friendlyName").asString()))
                .containsExactly("Acme CAD", "ACME_RENDER");
        assertThat(product.path("servicePlans").valueStream().map(p -> p.path("servicePlanId").asString())).allMatch(id -> id.length() == 36);
        assertThat(api(t).get("/api/v1/catalog/products?search=acme").json().path("value").get(0).path("skuId").asString()).isEqualTo(skuId);
        assertThat(api(other).get("/api/v1/catalog/products?search=acme").json().path("value")).isEmpty();
        assertProblem(api(other).get("/api/v1/catalog/products/" + skuId), 404, "NOT_FOUND");
    }

    @Test
    void a_custom_product_can_be_subscribed_by_part_number_and_assigned_through_graph() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        String skuId = api(t).post("/api/v1/catalog/products", ACME_CAD_PRO).json().path("skuId").asString();

        Response subscribed = api(t).post("/api/v1/subscriptions", "{\"product\":\"ACME_CAD_PRO\",\"quantity\":10}");
        Response assigned = api(t).post("/v1.0/users/" + t.user("adele") + "/assignLicense",
                "{\"addLicenses\":[{\"skuId\":\"" + skuId + "\",\"disabledPlans\":[]}],\"removeLicenses\":[]}");

        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
        assertThat(subscribed.json().path("skuId").asString()).isEqualTo(skuId);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        JsonNode details = api(t).get("/v1.0/users/" + t.user("adele") + "/licenseDetails").json().path("value").get(0);
        assertThat(details.path("skuPartNumber").asString()).isEqualTo("ACME_CAD_PRO");
        assertThat(details.path("servicePlans").valueStream().map(p -> p.path("servicePlanName").asString()))
                .containsExactly("ACME_CAD", "ACME_RENDER");
        assertThat(api(t).get("/api/v1/subscriptions").json().path("value").get(0).path("productLicenses").path("consumed").asInt()).isEqualTo(1);
    }

    @Test
    void a_second_product_reuses_a_custom_plan_by_name() {
        TestTenant t = fixtures.aTenant().build();
        String cad = api(t).post("/api/v1/catalog/products", ACME_CAD_PRO).json().path("servicePlans").get(0).path("servicePlanId").asString();

        Response suite = api(t).post("/api/v1/catalog/products", """
                {"skuPartNumber":"ACME_SUITE","displayName":"Acme Suite","servicePlans":[{"servicePlanName":"acme_cad"},{"servicePlanName":"ACME_CAM"}]}
                """);
        Response byId = api(t).post("/api/v1/catalog/products", """
                {"skuPartNumber":"ACME_CAD_LITE","displayName":"Acme CAD Lite","servicePlans":[{"servicePlanName":"ACME_CAD","servicePlanId":"%s"}]}
                """.formatted(cad));

        assertThat(suite.status()).as(suite.body()).isEqualTo(201);
        assertThat(suite.json().path("appliesTo").asString()).isEqualTo("User");
        JsonNode reused = suite.json().path("servicePlans").valueStream().filter(p -> p.path("servicePlanName").asString().equals("ACME_CAD"))
                .findFirst().orElseThrow();
        assertThat(reused.path("servicePlanId").asString()).isEqualTo(cad);
        assertThat(byId.status()).as(byId.body()).isEqualTo(201);
        assertThat(byId.json().path("servicePlans").get(0).path("servicePlanId").asString()).isEqualTo(cad);
    }

    @Test
    void a_custom_product_is_named_and_identified_apart_from_everything_the_organization_can_buy() {
        TestTenant t = fixtures.aTenant().build();
        api(t).post("/api/v1/catalog/products", ACME_CAD_PRO);

        assertThat(assertProblem(api(t).post("/api/v1/catalog/products", ACME_CAD_PRO.replace("Acme CAD Pro", "Again")), 400, "ALREADY_EXISTS"))
                .startsWith("skuPartNumber ACME_CAD_PRO is already taken by Acme CAD Pro (");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products", product("enterprisepack", "{\"servicePlanName\":\"X1\"}")), 400,
                "ALREADY_EXISTS")).startsWith("skuPartNumber enterprisepack is already taken by Office 365 E3");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products",
                "{\"skuPartNumber\":\"FAKE_E3\",\"displayName\":\"Fake\",\"skuId\":\"" + Sku.E3.id + "\",\"servicePlans\":[{\"servicePlanName\":\"X1\"}]}"),
                400, "ALREADY_EXISTS")).isEqualTo("skuId " + Sku.E3.id + " is already taken by Office 365 E3 in Microsoft's catalog; "
                        + "leave skuId out to have one generated.");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products", product("FAKE_EXCHANGE", "{\"servicePlanName\":\"EXCHANGE_S_STANDARD\"}")),
                400, "INVALID_VALUE")).isEqualTo("servicePlanName EXCHANGE_S_STANDARD belongs to Microsoft's catalog (EXCHANGE_S_STANDARD, "
                        + Plan.EXCHANGE_S_STANDARD.id + "); a custom product has service plans of its own.");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products",
                product("FAKE_TEAMS", "{\"servicePlanName\":\"MY_TEAMS\",\"servicePlanId\":\"" + Plan.TEAMS1.id + "\"}")), 400, "INVALID_VALUE"))
                .startsWith("servicePlanId " + Plan.TEAMS1.id + " belongs to Microsoft's catalog (TEAMS1");
    }

    @Test
    void the_same_part_number_sent_five_times_at_once_is_added_once() throws Exception {
        TestTenant t = fixtures.aTenant().build();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return api(t).post("/api/v1/catalog/products", ACME_CAD_PRO);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Response> answer : answers) {
            statuses.add(answer.get().status());
        }
        pool.shutdown();

        assertThat(statuses).containsExactlyInAnyOrder(201, 400, 400, 400, 400);
        assertThat(api(t).get("/api/v1/catalog/products?search=ACME_CAD_PRO").json().path("value")).hasSize(1);
    }

    @Test
    void a_custom_product_draft_is_validated_before_anything_is_stored() {
        TestTenant t = fixtures.aTenant().build();

        assertThat(assertProblem(api(t).post("/api/v1/catalog/products", product("ACME CAD", "{\"servicePlanName\":\"ACME_CAD\"}")), 400,
                "INVALID_VALUE")).startsWith("skuPartNumber must be 2 to 100 letters, digits, _ or -").endsWith("got 'ACME CAD'.");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products", "{\"skuPartNumber\":\"ACME_X\",\"displayName\":\"X\",\"servicePlans\":[]}"),
                400, "INVALID_VALUE")).isEqualTo("A product has 1 to 100 service plans; servicePlans lists 0.");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products",
                product("ACME_X", "{\"servicePlanName\":\"P_1\"},{\"servicePlanName\":\"p_1\"}")), 400, "INVALID_VALUE"))
                .isEqualTo("Service plan p_1 is listed more than once.");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products", product("ACME_X", "{\"servicePlanName\":\"café\"}")), 400,
                "INVALID_VALUE")).startsWith("servicePlanName must be 2 to 100 letters");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products", product("ACME_X", "{\"servicePlanName\":\"P_1\",\"colour\":\"red\"}")),
                400, "UNKNOWN_PROPERTY")).isEqualTo("Property 'servicePlans[0].colour' is not part of this request; "
                        + "the properties are friendlyName, servicePlanId, servicePlanName.");
        assertThat(assertProblem(api(t).post("/api/v1/catalog/products",
                "{\"skuPartNumber\":\"ACME_X\",\"displayName\":\"X\",\"appliesTo\":\"Device\",\"servicePlans\":[{\"servicePlanName\":\"P_1\"}]}"),
                400, "INVALID_VALUE")).isEqualTo("Property 'appliesTo' must be one of User, Company; got 'Device'.");
        assertProblem(api(t).post("/api/v1/catalog/products", "{\"skuPartNumber\":"), 400, "MALFORMED_JSON");
        assertThat(api(t).get("/api/v1/catalog/products?search=ACME_X").json().path("value")).isEmpty();
    }

    @Test
    void top_must_be_between_1_and_1000() {
        TestTenant t = fixtures.aTenant().build();

        assertThat(assertProblem(api(t).get("/api/v1/catalog/products?top=0"), 400, "INVALID_VALUE")).isEqualTo("top must be between 1 and 1000, got 0.");
        assertProblem(api(t).get("/api/v1/catalog/products?top=1001"), 400, "INVALID_VALUE");
        assertProblem(api(t).get("/api/v1/catalog/products?top=many"), 400, "INVALID_VALUE");
    }

    private static String product(String partNumber, String plans) {
        return "{\"skuPartNumber\":\"" + partNumber + "\",\"displayName\":\"Test product\",\"servicePlans\":[" + plans + "]}";
    }
}
