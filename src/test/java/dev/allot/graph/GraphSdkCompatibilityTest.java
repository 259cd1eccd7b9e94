package dev.allot.graph;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.LicenseDetails;
import com.microsoft.graph.models.PasswordProfile;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;

import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.GraphSdk;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** Scripts written with the official Graph SDK work against Allot by changing only the base URL and token. */
@AllotTest
class GraphSdkCompatibilityTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void the_graph_sdk_creates_reads_updates_and_deletes_a_user() {
        TestTenant t = fixtures.aTenant().build();
        GraphServiceClient graph = GraphSdk.client(port, t.token);

        User draft = new User();
        draft.setAccountEnabled(true);
        draft.setDisplayName("Megan Bowen");
        draft.setMailNickname("meganb");
        draft.setUserPrincipalName("meganb@" + t.domain);
        PasswordProfile password = new PasswordProfile();
        password.setPassword("xWwvJ]6NMw+bWH-d");
        password.setForceChangePasswordNextSignIn(true);
        draft.setPasswordProfile(password);
        User created = graph.users().post(draft);

        assertThat(created.getId()).isNotBlank();
        assertThat(created.getDisplayName()).isEqualTo("Megan Bowen");

        User patch = new User();
        patch.setUsageLocation("GB");
        patch.setDepartment("Marketing");
        graph.users().byUserId(created.getId()).patch(patch);
        User read = graph.users().byUserId("meganb@" + t.domain).get(rc -> rc.queryParameters.select = new String[] {"id", "usageLocation", "department"});
        assertThat(read.getUsageLocation()).isEqualTo("GB");
        assertThat(read.getDepartment()).isEqualTo("Marketing");

        graph.users().byUserId(created.getId()).delete();
        assertThatThrownBy(() -> graph.users().byUserId(created.getId()).get())
                .isInstanceOfSatisfying(ODataError.class, e -> {
                    assertThat(e.getResponseStatusCode()).isEqualTo(404);
                    assertThat(e.getError().getCode()).isEqualTo("Request_ResourceNotFound");
                });
    }

    @Test
    void the_graph_sdk_assigns_a_license_and_reads_the_license_details() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(3)).withUser("adele", "US").build();
        GraphServiceClient graph = GraphSdk.client(port, t.token);

        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        AssignedLicense e3 = new AssignedLicense();
        e3.setSkuId(Sku.E3.id);
        e3.setDisabledPlans(List.of(Plan.EXCHANGE_S_ENTERPRISE.id));
        body.setAddLicenses(List.of(e3));
        body.setRemoveLicenses(List.of());
        User result = graph.users().byUserId(t.user("adele").toString()).assignLicense().post(body);

        assertThat(result.getId()).isEqualTo(t.user("adele").toString());
        User withLicenses = graph.users().byUserId(t.user("adele").toString())
                .get(rc -> rc.queryParameters.select = new String[] {"assignedLicenses", "licenseAssignmentStates"});
        assertThat(withLicenses.getAssignedLicenses()).extracting(AssignedLicense::getSkuId).containsExactly(Sku.E3.id);
        assertThat(withLicenses.getAssignedLicenses().get(0).getDisabledPlans()).containsExactly(Plan.EXCHANGE_S_ENTERPRISE.id);
        assertThat(withLicenses.getLicenseAssignmentStates().get(0).getState()).isEqualTo("Active");
        List<LicenseDetails> details = graph.users().byUserId(t.user("adele").toString()).licenseDetails().get().getValue();
        assertThat(details).extracting(LicenseDetails::getSkuPartNumber).containsExactly("ENTERPRISEPACK");
    }

    @Test
    void the_graph_sdk_sees_graphs_error_for_a_license_without_seats() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(0)).withUser("adele", "US").build();
        GraphServiceClient graph = GraphSdk.client(port, t.token);
        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        AssignedLicense e3 = new AssignedLicense();
        e3.setSkuId(Sku.E3.id);
        e3.setDisabledPlans(List.<UUID>of());
        body.setAddLicenses(List.of(e3));
        body.setRemoveLicenses(List.of());

        assertThatThrownBy(() -> graph.users().byUserId(t.user("adele").toString()).assignLicense().post(body))
                .isInstanceOfSatisfying(ODataError.class, e -> {
                    assertThat(e.getResponseStatusCode()).isEqualTo(400);
                    assertThat(e.getError().getCode()).isEqualTo("Request_BadRequest");
                    assertThat(e.getError().getMessage()).isEqualTo("Subscription with SKU " + Sku.E3.id + " does not have any available licenses.");
                });
    }
}
