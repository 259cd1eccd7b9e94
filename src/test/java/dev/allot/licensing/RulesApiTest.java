package dev.allot.licensing;

import static dev.allot.testing.Fixtures.seats;
import static dev.allot.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

@AllotTest
class RulesApiTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    private static String assignE3(Sku sku, Plan... disabled) {
        StringBuilder plans = new StringBuilder();
        for (Plan p : disabled) {
            plans.append(plans.isEmpty() ? "" : ",").append('"').append(p.id).append('"');
        }
        return "{\"addLicenses\":[{\"skuId\":\"" + sku.id + "\",\"disabledPlans\":[" + plans + "]}],\"removeLicenses\":[]}";
    }

    @Test
    void an_organization_starts_with_the_default_rules_listed_with_plan_names() {
        TestTenant t = fixtures.aTenant().build();

        JsonNode rules = api(t).get("/api/v1/rules").json().path("value");

        assertThat(rules).hasSize(5);
        JsonNode calling = rules.valueStream().filter(r -> r.path("kind").asString().equals("AvailableOnlyIn")).findFirst().orElseThrow();
        assertThat(calling.path("servicePlan").path("servicePlanName").asString()).isEqualTo("MCOPSTN1");
        assertThat(calling.path("servicePlan").path("servicePlanId").asString()).isEqualTo(Plan.MCOPSTN1.id.toString());
        assertThat(calling.path("product").isNull()).isTrue();
        assertThat(calling.path("countries").valueStream().map(JsonNode::asString)).contains("US", "GB", "JP");
        JsonNode kiosk = rules.valueStream().filter(r -> r.path("servicePlan").path("servicePlanName").asString().equals("EXCHANGE_S_DESKLESS"))
                .findFirst().orElseThrow();
        assertThat(kiosk.path("kind").asString()).isEqualTo("MutuallyExclusive");
        assertThat(kiosk.path("otherServicePlans").valueStream().map(p -> p.path("servicePlanName").asString()))
                .containsExactly("EXCHANGE_S_ENTERPRISE", "EXCHANGE_S_STANDARD");
        assertThat(kiosk.path("description").asString()).startsWith("Exchange Online Kiosk");
    }

    @Test
    void a_rule_added_through_the_api_takes_effect_on_the_next_assignment_and_deleting_it_lifts_it() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").withUser("oliver", "GB").build();
        assertThat(api(t).post("/v1.0/users/" + t.user("adele") + "/assignLicense", assignE3(Sku.E3)).status()).isEqualTo(200);

        Response added = api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\",\"product\":\"ENTERPRISEPACK\",\"countries\":[\"gb\"]}");
        Response refused = api(t).post("/v1.0/users/" + t.user("oliver") + "/assignLicense", assignE3(Sku.E3));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.json().path("product").path("skuPartNumber").asString()).isEqualTo("ENTERPRISEPACK");
        assertThat(added.json().path("countries").valueStream().map(JsonNode::asString)).containsExactly("GB");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(refused.json().path("error").path("innerError").path("code").asString()).isEqualTo("ProhibitedInUsageLocation");
        assertThat(refused.errorMessage()).isEqualTo("License assignment failed because license " + Sku.E3.id
                + " (ENTERPRISEPACK) is not available in usage location GB.");

        assertThat(api(t).delete(added.location()).status()).isEqualTo(204);
        Response allowed = api(t).post("/v1.0/users/" + t.user("oliver") + "/assignLicense", assignE3(Sku.E3));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
    }

    @Test
    void a_dependency_named_by_plan_id_and_name_is_checked_on_the_next_assignment() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();

        Response added = api(t).post("/api/v1/rules", """
                {"kind":"Requires","servicePlan":"%s","otherServicePlans":["exchange_s_enterprise"],"description":"Teams needs a mailbox"}
                """.formatted(Plan.TEAMS1.id));
        Response refused = api(t).post("/v1.0/users/" + t.user("adele") + "/assignLicense", assignE3(Sku.E3, Plan.EXCHANGE_S_ENTERPRISE));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode rule = added.json();
        assertThat(rule.path("servicePlan").path("servicePlanName").asString()).isEqualTo("TEAMS1");
        assertThat(rule.path("otherServicePlans").get(0).path("servicePlanId").asString()).isEqualTo(Plan.EXCHANGE_S_ENTERPRISE.id.toString());
        assertThat(rule.path("description").asString()).isEqualTo("Teams needs a mailbox");
        assertThat(api(t).get(added.location()).json().path("id").asString()).isEqualTo(rule.path("id").asString());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").path("innerError").path("code").asString()).isEqualTo("DependencyViolation");
    }

    @Test
    void every_rule_change_bumps_the_configuration_version_and_is_audited() {
        TestTenant t = fixtures.aTenant().build();
        long before = configVersion(t);

        String id = api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\",\"servicePlan\":\"MCOEV\",\"countries\":[\"FR\"]}")
                .json().path("id").asString();
        api(t).delete("/api/v1/rules/" + id);
        api(t).post("/api/v1/rules/reset", null);

        assertThat(configVersion(t)).isEqualTo(before + 3);
        assertThat(jdbc.sql("select action from audit_event where tenant_id = ? and action like 'rule%' order by event_id").param(t.id)
                .query(String.class).list()).containsExactly("rule.create", "rule.delete", "rules.reset");
    }

    @Test
    void reset_brings_back_exactly_the_defaults() {
        TestTenant t = fixtures.aTenant().build();
        JsonNode defaults = api(t).get("/api/v1/rules").json().path("value");
        api(t).delete("/api/v1/rules/" + defaults.get(0).path("id").asString());
        api(t).post("/api/v1/rules", "{\"kind\":\"AvailableOnlyIn\",\"product\":\"" + Sku.E5.id + "\",\"countries\":[\"US\"]}");

        Response reset = api(t).post("/api/v1/rules/reset", null);

        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().path("value").valueStream().map(r -> r.path("id").asString()))
                .containsExactlyInAnyOrderElementsOf(defaults.valueStream().map(r -> r.path("id").asString()).toList());
    }

    @Test
    void a_rule_that_does_not_fit_its_kind_is_refused_with_what_to_give_instead() {
        TestTenant t = fixtures.aTenant().build();
        ApiClient api = api(t);

        assertThat(assertProblem(api.post("/api/v1/rules", "{\"servicePlan\":\"MCOEV\"}"), 400, "INVALID_VALUE"))
                .isEqualTo("Property 'kind' is required.");
        assertThat(assertProblem(api.post("/api/v1/rules", "{\"kind\":\"Forbids\"}"), 400, "INVALID_VALUE"))
                .isEqualTo("Property 'kind' must be one of Requires, MutuallyExclusive, AvailableOnlyIn, UnavailableIn; got 'Forbids'.");
        assertThat(assertProblem(api.post("/api/v1/rules", "{\"kind\":\"Requires\",\"product\":\"ENTERPRISEPACK\"}"), 400, "INVALID_VALUE"))
                .isEqualTo("A Requires rule is about one service plan: give servicePlan, not product. "
                        + "A Requires rule names 1 to 50 otherServicePlans (at least one of them is needed).");
        assertThat(assertProblem(api.post("/api/v1/rules", "{\"kind\":\"MutuallyExclusive\",\"servicePlan\":\"MCOEV\",\"otherServicePlans\":[\"TEAMS1\"],"
                + "\"countries\":[\"US\"]}"), 400, "INVALID_VALUE"))
                .isEqualTo("A MutuallyExclusive rule has no countries; countries belong to AvailableOnlyIn and UnavailableIn rules.");
        assertThat(assertProblem(api.post("/api/v1/rules", "{\"kind\":\"UnavailableIn\",\"servicePlan\":\"MCOEV\",\"product\":\"ENTERPRISEPACK\","
                + "\"countries\":[\"UK\",\"xx\",\"RO\"]}"), 400, "INVALID_VALUE"))
                .isEqualTo("An UnavailableIn rule is about one service plan or one product: give servicePlan or product, not both. "
                        + "countries must be two-letter ISO 3166-1 codes such as US, GB or RO; not UK, XX.");
        assertThat(assertProblem(api.post("/api/v1/rules", "{\"kind\":\"AvailableOnlyIn\",\"servicePlan\":\"MCOEV\"}"), 400, "INVALID_VALUE"))
                .isEqualTo("An AvailableOnlyIn rule lists at least one country.");
        assertThat(assertProblem(api.post("/api/v1/rules", "{\"kind\":\"Requires\",\"servicePlan\":\"MCOEV\",\"otherServicePlans\":[\"mcoev\"]}"),
                400, "INVALID_VALUE")).isEqualTo("A Requires rule relates MCOEV to other service plans; it cannot be among its own otherServicePlans.");
    }

    @Test
    void plans_and_products_the_catalog_does_not_have_are_named_in_the_refusal() {
        TestTenant t = fixtures.aTenant().build();
        UUID unknown = UUID.randomUUID();

        assertThat(assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"Requires\",\"servicePlan\":\"NO_SUCH_PLAN\",\"otherServicePlans\":[\"MCOEV\"]}"),
                400, "INVALID_VALUE")).isEqualTo("The catalog has no service plan named NO_SUCH_PLAN.");
        assertThat(assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"Requires\",\"servicePlan\":\"MCOEV\",\"otherServicePlans\":[\"" + unknown + "\"]}"),
                400, "INVALID_VALUE")).isEqualTo("The catalog has no service plan with servicePlanId " + unknown + ".");
        assertThat(assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\",\"product\":\"NO_SUCH_PRODUCT\",\"countries\":[\"US\"]}"),
                400, "INVALID_VALUE")).isEqualTo("The catalog has no product with skuPartNumber NO_SUCH_PRODUCT.");
        assertThat(api(t).get("/api/v1/rules").json().path("value")).hasSize(5);
    }

    @Test
    void rule_bodies_are_read_strictly() {
        TestTenant t = fixtures.aTenant().build();

        assertThat(assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\",\"plan\":\"MCOEV\",\"countries\":[\"US\"]}"), 400,
                "UNKNOWN_PROPERTY")).isEqualTo("Property 'plan' is not part of this request; the properties are countries, description, kind, "
                        + "otherServicePlans, product, servicePlan.");
        assertThat(assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\",\"servicePlan\":\"MCOEV\",\"countries\":\"US\"}"), 400,
                "INVALID_VALUE")).isEqualTo("Property 'countries' must be an array.");
        assertThat(assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\",\"servicePlan\":\"MCOEV\",\"countries\":[1]}"), 400,
                "INVALID_VALUE")).isEqualTo("Each item of 'countries' must be a string.");
        assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\" \"servicePlan\":\"MCOEV\"}"), 400, "MALFORMED_JSON");
        assertProblem(api(t).post("/api/v1/rules", "{\"kind\":\"UnavailableIn\"} {}"), 400, "MALFORMED_JSON");
    }

    @Test
    void another_organizations_rule_does_not_exist_for_this_one() {
        TestTenant mine = fixtures.aTenant().build();
        TestTenant theirs = fixtures.aTenant().build();
        String id = api(theirs).get("/api/v1/rules").json().path("value").get(0).path("id").asString();

        assertThat(assertProblem(api(mine).get("/api/v1/rules/" + id), 404, "NOT_FOUND")).isEqualTo("Rule " + id + " does not exist.");
        assertProblem(api(mine).delete("/api/v1/rules/" + id), 404, "NOT_FOUND");
        assertProblem(api(mine).delete("/api/v1/rules/" + UUID.randomUUID()), 404, "NOT_FOUND");
        assertThat(api(theirs).get("/api/v1/rules/" + id).status()).isEqualTo(200);
    }

    private long configVersion(TestTenant t) {
        return jdbc.sql("select config_version from tenant where tenant_id = ?").param(t.id).query(Long.class).single();
    }
}
