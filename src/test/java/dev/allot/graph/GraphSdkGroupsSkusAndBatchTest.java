package dev.allot.graph;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.core.models.BatchRequestStep;
import com.microsoft.graph.core.tasks.PageIterator;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.graph.models.ReferenceCreate;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;

import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.GraphSdk;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** Groups, subscribedSkus and $batch through the official Microsoft Graph Java SDK, pointed at Allot by changing only its base URL and token. */
@AllotTest
class GraphSdkGroupsSkusAndBatchTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void the_sdk_creates_changes_reads_and_deletes_groups() {
        GraphServiceClient graph = graph(fixtures.aTenant().build());

        Group created = graph.groups().post(newGroup("Sales"));
        Group patch = new Group();
        patch.setDescription("Everyone selling");
        graph.groups().byGroupId(created.getId()).patch(patch);
        Group read = graph.groups().byGroupId(created.getId()).get();
        graph.groups().byGroupId(created.getId()).delete();

        assertThat(created.getId()).isNotBlank();
        assertThat(created.getSecurityEnabled()).isTrue();
        assertThat(read.getDisplayName()).isEqualTo("Sales");
        assertThat(read.getDescription()).isEqualTo("Everyone selling");
        assertThat(read.getGroupTypes()).isEmpty();
        assertThat(read.getCreatedDateTime()).isNotNull();
        assertThatThrownBy(() -> graph.groups().byGroupId(created.getId()).get()).isInstanceOfSatisfying(ODataError.class, e -> {
            assertThat(e.getResponseStatusCode()).isEqualTo(404);
            assertThat(e.getError().getCode()).isEqualTo("Request_ResourceNotFound");
        });
    }

    @Test
    void the_sdk_pages_through_groups_with_its_page_iterator() throws Exception {
        GraphServiceClient graph = graph(fixtures.aTenant().build());
        for (String name : List.of("Charlie", "Alpha", "Echo", "Bravo", "Delta")) {
            graph.groups().post(newGroup(name));
        }

        GroupCollectionResponse first = graph.groups().get(r -> r.queryParameters.top = 2);
        List<String> names = new ArrayList<>();
        new PageIterator.Builder<Group, GroupCollectionResponse>().client(graph).collectionPage(first)
                .collectionPageFactory(GroupCollectionResponse::createFromDiscriminatorValue)
                .processPageItemCallback(g -> names.add(g.getDisplayName())).build().iterate();

        assertThat(names).containsExactly("Alpha", "Bravo", "Charlie", "Delta", "Echo");
    }

    @Test
    void the_sdk_adds_lists_and_removes_members_as_users() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        GraphServiceClient graph = graph(t);
        String group = graph.groups().post(newGroup("Sales")).getId();
        ReferenceCreate adele = new ReferenceCreate();
        adele.setOdataId("https://graph.microsoft.com/v1.0/directoryObjects/" + t.user("adele"));

        graph.groups().byGroupId(group).members().ref().post(adele);
        DirectoryObjectCollectionResponse members = graph.groups().byGroupId(group).members().get();
        graph.groups().byGroupId(group).members().byDirectoryObjectId(t.user("adele").toString()).ref().delete();

        assertThat(members.getValue()).singleElement().isInstanceOfSatisfying(User.class,
                u -> assertThat(u.getUserPrincipalName()).isEqualTo(t.upn("adele")));
        assertThat(graph.groups().byGroupId(group).members().get().getValue()).isEmpty();
        assertThatThrownBy(() -> graph.groups().byGroupId(group).members().ref().post(adele)).isInstanceOf(ODataError.class);
    }

    @Test
    void the_sdk_reads_subscribed_skus() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);

        SubscribedSku e3 = graph(t).subscribedSkus().get().getValue().get(0);

        assertThat(e3.getSkuId()).isEqualTo(Sku.E3.id);
        assertThat(e3.getSkuPartNumber()).isEqualTo("ENTERPRISEPACK");
        assertThat(e3.getConsumedUnits()).isEqualTo(1);
        assertThat(e3.getPrepaidUnits().getEnabled()).isEqualTo(5);
        assertThat(e3.getCapabilityStatus()).isEqualTo("Enabled");
        assertThat(e3.getAccountId()).isEqualTo(t.id.toString());
        assertThat(e3.getSubscriptionIds()).hasSize(1);
        assertThat(e3.getServicePlans()).anySatisfy(p -> assertThat(p.getServicePlanId()).isEqualTo(Plan.TEAMS1.id));
        assertThat(graph(t).subscribedSkus().bySubscribedSkuId(e3.getId()).get().getSkuId()).isEqualTo(Sku.E3.id);
    }

    @Test
    void the_sdk_batches_requests_with_dependencies() throws Exception {
        GraphServiceClient graph = graph(fixtures.aTenant().withSku(Sku.E3, seats(5)).build());
        BatchRequestContent batch = new BatchRequestContent(graph);
        String create = batch.addBatchRequestStep(graph.groups().toPostRequestInformation(newGroup("Batched")));
        String list = batch.addBatchRequestStep(graph.groups().toGetRequestInformation());
        batch.getBatchRequestSteps().get(list).setDependsOn(List.of(create));
        String missing = batch.addBatchRequestStep(graph.groups().byGroupId(UUID.randomUUID().toString()).toGetRequestInformation());
        BatchRequestStep afterMissing = new BatchRequestStep("afterMissing", new okhttp3.Request.Builder()
                .url("http://127.0.0.1:" + port + "/v1.0/subscribedSkus").build(), List.of(missing));
        batch.addBatchRequestStep(afterMissing);

        BatchResponseContent responses = graph.getBatchRequestBuilder().post(batch, null);

        Map<String, Integer> statuses = responses.getResponsesStatusCode();
        assertThat(statuses).containsEntry(create, 201).containsEntry(list, 200).containsEntry(missing, 404)
                .containsEntry("afterMissing", 424);
        assertThat(responses.getResponseById(create, Group::createFromDiscriminatorValue).getDisplayName()).isEqualTo("Batched");
        GroupCollectionResponse groups = responses.getResponseById(list, GroupCollectionResponse::createFromDiscriminatorValue);
        assertThat(groups.getValue()).extracting(Group::getDisplayName).containsExactly("Batched");
    }

    private static Group newGroup(String name) {
        Group group = new Group();
        group.setDisplayName(name);
        group.setMailNickname(name.toLowerCase());
        group.setMailEnabled(false);
        group.setSecurityEnabled(true);
        group.setGroupTypes(new ArrayList<>());
        return group;
    }

    private GraphServiceClient graph(TestTenant t) {
        return GraphSdk.client(port, t.token);
    }
}
