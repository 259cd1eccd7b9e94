package dev.allot.graph;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.graph.groups.item.assignlicense.AssignLicensePostRequestBody;
import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.LicenseAssignmentState;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;

import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.GraphSdk;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import tools.jackson.databind.JsonNode;

/** Group-based licensing through the Graph API, as Microsoft documents it. */
@AllotTest
class GroupLicensingApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }

    private static String add(Sku sku) {
        return "{\"addLicenses\":[{\"skuId\":\"" + sku.id + "\",\"disabledPlans\":[]}],\"removeLicenses\":[]}";
    }

    @Test
    void assigning_a_license_to_a_group_is_accepted_and_shows_on_the_group_and_its_members() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        UUID sales = t.group("Sales", "adele");

        Response r = api(t).post("/v1.0/groups/" + sales + "/assignLicense", add(Sku.E3));

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.json().path("assignedLicenses").get(0).path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
        assertThat(r.json().path("licenseProcessingState").path("state").asString()).isEqualTo("ProcessingComplete");
        JsonNode group = api(t).get("/v1.0/groups/" + sales + "?$select=id,assignedLicenses,licenseProcessingState,hasMembersWithLicenseErrors").json();
        assertThat(group.path("assignedLicenses")).hasSize(1);
        assertThat(group.path("hasMembersWithLicenseErrors").asBoolean()).isFalse();
        JsonNode state = api(t).get("/v1.0/users/" + t.user("adele") + "?$select=licenseAssignmentStates").json()
                .path("licenseAssignmentStates").get(0);
        assertThat(state.path("assignedByGroup").asString()).isEqualTo(sales.toString());
        assertThat(state.path("state").asString()).isEqualTo("Active");
    }

    @Test
    void members_with_license_errors_are_listed_and_their_groups_found_by_filter() {
        TestTenant t = fixtures.aTenant().withSku(Sku.POWER_BI_PRO, seats(1)).withUser("adele", "US").withUser("alex", "US").build();
        UUID bi = t.group("BI", "adele", "alex");
        UUID empty = t.group("Empty");
        api(t).post("/v1.0/groups/" + bi + "/assignLicense", add(Sku.POWER_BI_PRO));

        JsonNode errors = api(t).get("/v1.0/groups/" + bi + "/membersWithLicenseErrors").json().path("value");
        JsonNode withErrors = api(t).get("/v1.0/groups?$filter=hasMembersWithLicenseErrors%20eq%20true").json().path("value");

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("@odata.type").asString()).isEqualTo("#microsoft.graph.user");
        String waiting = errors.get(0).path("id").asString();
        JsonNode state = api(t).get("/v1.0/users/" + waiting + "?$select=licenseAssignmentStates").json().path("licenseAssignmentStates").get(0);
        assertThat(state.path("state").asString()).isEqualTo("Error");
        assertThat(state.path("error").asString()).isEqualTo("CountViolation");
        assertThat(withErrors.valueStream().map(g -> g.path("id").asString())).containsExactly(bi.toString()).doesNotContain(empty.toString());
    }

    @Test
    void reprocessing_a_user_applies_the_rules_as_they_are_now() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.EXCHANGE_PLAN_1, seats(5)).withUser("alex", "US").build();
        t.assign("alex", Sku.EXCHANGE_PLAN_1);
        UUID sales = t.group("Sales", "alex");
        api(t).post("/v1.0/groups/" + sales + "/assignLicense", add(Sku.E3));
        assertThat(t.licenses("alex").effective().holds(Sku.E3.id)).as("Exchange plans are mutually exclusive").isFalse();
        JsonNode exclusion = api(t).get("/api/v1/rules").json().path("value").valueStream()
                .filter(r -> r.path("kind").asString().equals("MutuallyExclusive") && r.path("servicePlan").path("servicePlanName").asString().equals("EXCHANGE_S_STANDARD"))
                .findFirst().orElseThrow();
        assertThat(api(t).delete("/api/v1/rules/" + exclusion.path("id").asString()).status()).isEqualTo(204);
        assertThat(t.licenses("alex").effective().holds(Sku.E3.id)).as("rules apply when members are processed").isFalse();

        Response r = api(t).post("/v1.0/users/" + t.user("alex") + "/reprocessLicenseAssignment", null);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("id").asString()).isEqualTo(t.user("alex").toString());
        assertThat(t.licenses("alex").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.EXCHANGE_PLAN_1.id);
    }

    @Test
    void a_member_added_through_the_api_holds_the_license_in_the_same_request() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        UUID sales = t.group("Sales");
        api(t).post("/v1.0/groups/" + sales + "/assignLicense", add(Sku.E3));

        Response r = api(t).post("/v1.0/groups/" + sales + "/members/$ref",
                "{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/" + t.user("adele") + "\"}");

        assertThat(r.status()).isEqualTo(204);
        JsonNode u = api(t).get("/v1.0/users/" + t.user("adele") + "?$select=assignedLicenses").json();
        assertThat(u.path("assignedLicenses").get(0).path("skuId").asString()).isEqualTo(Sku.E3.id.toString());
    }

    @Test
    void deleting_a_licensed_group_is_refused_with_a_clear_message() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).build();
        UUID sales = t.group("Sales");
        api(t).post("/v1.0/groups/" + sales + "/assignLicense", add(Sku.E3));

        Response r = api(t).delete("/v1.0/groups/" + sales);

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains("Remove the group's licenses first");
    }

    @Test
    void the_graph_sdk_assigns_a_license_to_a_group() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        UUID sales = t.group("Sales", "adele");
        GraphServiceClient graph = GraphSdk.client(port, t.token);
        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        AssignedLicense e3 = new AssignedLicense();
        e3.setSkuId(Sku.E3.id);
        e3.setDisabledPlans(List.of());
        body.setAddLicenses(List.of(e3));
        body.setRemoveLicenses(List.of());

        Group group = graph.groups().byGroupId(sales.toString()).assignLicense().post(body);

        assertThat(group.getAssignedLicenses()).extracting(AssignedLicense::getSkuId).containsExactly(Sku.E3.id);
        User adele = graph.users().byUserId(t.user("adele").toString()).get(rc -> rc.queryParameters.select = new String[] {"licenseAssignmentStates"});
        assertThat(adele.getLicenseAssignmentStates()).extracting(LicenseAssignmentState::getAssignedByGroup).containsExactly(sales.toString());
    }
}
