package dev.allot.graph;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

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
class UserApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    @Test
    void creating_a_user_returns_201_with_graphs_default_properties() {
        TestTenant t = fixtures.aTenant().build();

        Response r = api(t).post("/v1.0/users", """
                {"accountEnabled":true,"displayName":"Adele Vance","mailNickname":"adelev","userPrincipalName":"adelev@%s",
                 "passwordProfile":{"forceChangePasswordNextSignIn":true,"password":"xWwvJ]6NMw+bWH-d"},"usageLocation":"us"}
                """.formatted(t.domain));

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode u = r.json();
        assertThat(u.path("@odata.context").asString()).endsWith("/v1.0/$metadata#users/$entity");
        assertThat(u.path("displayName").asString()).isEqualTo("Adele Vance");
        assertThat(u.path("userPrincipalName").asString()).isEqualTo("adelev@" + t.domain);
        assertThat(u.path("id").asString()).matches("[0-9a-f-]{36}");
        assertThat(u.has("businessPhones")).isTrue();
        assertThat(u.has("usageLocation")).as("not a default property").isFalse();
        Response selected = api(t).get("/v1.0/users/adelev@" + t.domain + "?$select=usageLocation,accountEnabled");
        assertThat(selected.json().path("usageLocation").asString()).isEqualTo("US");
        assertThat(selected.json().path("accountEnabled").asBoolean()).isTrue();
    }

    @Test
    void a_user_principal_name_is_unique_per_organization_regardless_of_case() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response r = api(t).post("/v1.0/users", "{\"displayName\":\"Copy\",\"userPrincipalName\":\"ADELE@" + t.domain + "\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(r.errorMessage()).isEqualTo("Another object with the same value for property userPrincipalName already exists.");
    }

    @Test
    void an_invalid_usage_location_is_refused_and_nothing_is_written() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response r = api(t).patch("/v1.0/users/" + t.user("adele"), "{\"usageLocation\":\"XX\",\"department\":\"Sales\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("usageLocation").contains("ISO 3166-1");
        JsonNode u = api(t).get("/v1.0/users/" + t.user("adele") + "?$select=usageLocation,department").json();
        assertThat(u.path("usageLocation").asString()).isEqualTo("US");
        assertThat(u.path("department").isNull()).isTrue();
    }

    @Test
    void unknown_properties_and_malformed_json_are_400s_with_graphs_error_shape() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response unknown = api(t).patch("/v1.0/users/" + t.user("adele"), "{\"favouriteColour\":\"blue\"}");
        Response malformed = api(t).patch("/v1.0/users/" + t.user("adele"), "{\"department\": ");
        Response notAnObject = api(t).post("/v1.0/users", "[1,2]");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorMessage()).isEqualTo("Property 'favouriteColour' does not exist as a declared property or extension property.");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(notAnObject.status()).isEqualTo(400);
        JsonNode inner = unknown.json().path("error").path("innerError");
        assertThat(inner.path("request-id").asString()).isNotBlank();
        assertThat(inner.path("date").asString()).endsWith("Z");
        assertThat(unknown.body()).doesNotContain("Exception").doesNotContain("at dev.allot");
    }

    @Test
    void an_unknown_user_is_a_404_request_resource_not_found() {
        TestTenant t = fixtures.aTenant().build();

        Response r = api(t).get("/v1.0/users/" + java.util.UUID.randomUUID());

        assertThat(r.status()).isEqualTo(404);
        assertThat(r.errorCode()).isEqualTo("Request_ResourceNotFound");
    }

    @Test
    void another_organizations_user_does_not_exist_for_this_one() {
        TestTenant mine = fixtures.aTenant().build();
        TestTenant theirs = fixtures.aTenant().withUser("adele", "US").build();

        assertThat(api(mine).get("/v1.0/users/" + theirs.user("adele")).status()).isEqualTo(404);
        assertThat(api(mine).delete("/v1.0/users/" + theirs.user("adele")).status()).isEqualTo(404);
        assertThat(api(theirs).get("/v1.0/users/" + theirs.user("adele")).status()).isEqualTo(200);
    }

    @Test
    void assign_license_returns_the_user_and_the_license_shows_in_its_properties() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();

        Response r = api(t).post("/v1.0/users/" + t.upn("adele") + "/assignLicense", """
                {"addLicenses":[{"skuId":"%s","disabledPlans":["%s"]}],"removeLicenses":[]}
                """.formatted(Sku.E3.id, Plan.EXCHANGE_S_ENTERPRISE.id));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("id").asString()).isEqualTo(t.user("adele").toString());
        JsonNode u = api(t).get("/v1.0/users/" + t.user("adele") + "?$select=assignedLicenses,assignedPlans,licenseAssignmentStates").json();
        assertThat(u.path("assignedLicenses").get(0).path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
        assertThat(u.path("assignedLicenses").get(0).path("disabledPlans").get(0).asString()).isEqualTo(Plan.EXCHANGE_S_ENTERPRISE.id.toString());
        assertThat(u.path("assignedPlans").valueStream().map(p -> p.path("servicePlanId").asString()))
                .contains(Plan.TEAMS1.id.toString()).doesNotContain(Plan.EXCHANGE_S_ENTERPRISE.id.toString());
        JsonNode state = u.path("licenseAssignmentStates").get(0);
        assertThat(state.path("assignedByGroup").isNull()).isTrue();
        assertThat(state.path("state").asString()).isEqualTo("Active");
        assertThat(state.path("error").asString()).isEqualTo("None");
    }

    @Test
    void assign_license_without_remove_licenses_is_refused_as_graph_does() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();

        Response r = api(t).post("/v1.0/users/" + t.user("adele") + "/assignLicense", "{\"addLicenses\":[{\"skuId\":\"" + Sku.E3.id + "\"}]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("removeLicenses");
    }

    @Test
    void assign_license_names_a_product_the_organization_has_not_bought() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response r = api(t).post("/v1.0/users/" + t.user("adele") + "/assignLicense",
                "{\"addLicenses\":[{\"skuId\":\"" + Sku.E5.id + "\",\"disabledPlans\":[]}],\"removeLicenses\":[]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).isEqualTo("License " + Sku.E5.id + " does not correspond to a valid company License.");
    }

    @Test
    void a_malformed_guid_in_assign_license_is_a_400_naming_it() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response r = api(t).post("/v1.0/users/" + t.user("adele") + "/assignLicense",
                "{\"addLicenses\":[{\"skuId\":\"not-a-guid\"}],\"removeLicenses\":[]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("not-a-guid");
    }

    @Test
    void license_details_list_each_product_with_the_provisioning_of_its_plans() {
        TestTenant t = fixtures.aTenant().withSku(Sku.EXCHANGE_PLAN_1, seats(2)).withUser("adele", "US").build();
        t.assign("adele", Sku.EXCHANGE_PLAN_1, Plan.INTUNE_O365);

        JsonNode details = api(t).get("/v1.0/users/" + t.user("adele") + "/licenseDetails").json().path("value");

        assertThat(details).hasSize(1);
        assertThat(details.get(0).path("skuPartNumber").asString()).isEqualTo("EXCHANGESTANDARD");
        JsonNode plans = details.get(0).path("servicePlans");
        assertThat(plans.valueStream().filter(p -> p.path("servicePlanName").asString().equals("INTUNE_O365")).findFirst().orElseThrow()
                .path("provisioningStatus").asString()).isEqualTo("Disabled");
        assertThat(plans.valueStream().filter(p -> p.path("servicePlanName").asString().equals("EXCHANGE_S_STANDARD")).findFirst().orElseThrow()
                .path("provisioningStatus").asString()).isEqualTo("Success");
        String id = details.get(0).path("id").asString();
        assertThat(api(t).get("/v1.0/users/" + t.user("adele") + "/licenseDetails/" + id).json().path("skuId").asString())
                .isEqualTo(Sku.EXCHANGE_PLAN_1.id.toString());
    }

    @Test
    void deleting_a_user_frees_their_seat_at_once() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(1)).withUser("adele", "US").withUser("alex", "US").build();
        t.assign("adele", Sku.E3);

        assertThat(api(t).delete("/v1.0/users/" + t.user("adele")).status()).isEqualTo(204);
        Response r = api(t).post("/v1.0/users/" + t.user("alex") + "/assignLicense",
                "{\"addLicenses\":[{\"skuId\":\"" + Sku.E3.id + "\"}],\"removeLicenses\":[]}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(api(t).get("/v1.0/users/" + t.user("adele")).status()).isEqualTo(404);
    }

    @Test
    void calls_without_a_valid_token_are_401_invalid_authentication_token() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response none = new ApiClient(port, null).get("/v1.0/users/" + t.user("adele"));
        Response wrong = new ApiClient(port, "allot_not-a-real-token-at-all").get("/v1.0/users/" + t.user("adele"));

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("InvalidAuthenticationToken");
        assertThat(wrong.status()).isEqualTo(401);
    }

    @Test
    void an_unknown_route_under_v1_is_graphs_bad_request_and_elsewhere_a_problem_detail() {
        TestTenant t = fixtures.aTenant().build();

        Response graph = api(t).get("/v1.0/nonsense");
        Response admin = api(t).get("/api/nonsense");

        assertThat(graph.status()).isEqualTo(400);
        assertThat(graph.errorMessage()).isEqualTo("Resource not found for the segment 'nonsense'.");
        assertThat(admin.status()).isEqualTo(404);
        assertThat(admin.contentType()).startsWith("application/problem+json");
        assertThat(admin.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void an_oversize_body_is_a_400_and_nothing_is_written() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        String huge = "{\"department\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";

        Response r = api(t).patch("/v1.0/users/" + t.user("adele"), huge);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("larger than");
        assertThat(api(t).get("/v1.0/users/" + t.user("adele") + "?$select=department").json().path("department").isNull()).isTrue();
    }

    @Test
    void deeply_nested_json_is_refused_as_malformed() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        String deep = "{\"department\":" + "[".repeat(500) + "]".repeat(500) + "}";

        Response r = api(t).patch("/v1.0/users/" + t.user("adele"), deep);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("Request_BadRequest");
    }

    @Test
    void a_wrong_method_is_a_405_in_graphs_shape() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Response r = api(t).send("PUT", "/v1.0/users/" + t.user("adele") + "/assignLicense", "{}");

        assertThat(r.status()).isEqualTo(405);
        assertThat(r.json().path("error").path("message").asString()).contains("PUT");
    }

    @Test
    void strings_are_stored_as_given_and_returned_escaped_as_json() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        String hostile = "Robert'); DROP TABLE directory_user;-- <script>alert(1)</script>";

        assertThat(api(t).patch("/v1.0/users/" + t.user("adele"), "{\"jobTitle\":\"" + hostile.replace("\"", "\\\"") + "\"}").status()).isEqualTo(204);

        assertThat(api(t).get("/v1.0/users/" + t.user("adele")).json().path("jobTitle").asString()).isEqualTo(hostile);
    }
}
