package dev.allot.licensing;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.allot.error.ErrorCode;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

@AllotTest
class BulkLicensingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    BulkLicensingService bulk;

    @Test
    void assigning_more_keeps_existing_licenses_and_saves_the_users_that_succeed_when_others_fail() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(1)).withSku(Sku.POWER_BI_PRO, seats(5))
                .withUser("adele", "US").withUser("alex", "US").withUser("kofi", null).build();
        t.assign("adele", Sku.POWER_BI_PRO);

        List<BulkOutcome> outcomes = bulk.apply(t.id, Fixtures.ADMIN, List.of(t.user("adele"), t.user("alex"), t.user("kofi")),
                BulkMode.ASSIGN_MORE, Map.of(Sku.E3.id, Set.of(Plan.EXCHANGE_S_ENTERPRISE.id)));

        assertThat(outcomes).extracting(BulkOutcome::userId).containsExactly(t.user("adele"), t.user("alex"), t.user("kofi"));
        assertThat(outcomes.get(0).added()).containsExactly(Sku.E3.id);
        assertThat(outcomes.get(1).error()).isEqualTo(ErrorCode.COUNT_VIOLATION);
        assertThat(outcomes.get(2).error()).isEqualTo(ErrorCode.USAGE_LOCATION_MISSING);
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.POWER_BI_PRO.id);
        assertThat(t.licenses("adele").effective().disabledPlans(Sku.E3.id)).containsExactly(Plan.EXCHANGE_S_ENTERPRISE.id);
        assertThat(t.licenses("alex").assignments()).isEmpty();
    }

    @Test
    void replacing_leaves_each_user_with_exactly_the_chosen_products() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(5)).withSku(Sku.VISIO_PLAN_2, seats(5))
                .withUser("adele", "US").withUser("alex", "US").build();
        t.assign("adele", Sku.POWER_BI_PRO);
        t.assign("alex", Sku.VISIO_PLAN_2);
        t.assign("alex", Sku.E3);

        List<BulkOutcome> outcomes = bulk.apply(t.id, Fixtures.ADMIN, List.of(t.user("adele"), t.user("alex")), BulkMode.REPLACE,
                Map.of(Sku.E3.id, Set.of()));

        assertThat(outcomes).allMatch(BulkOutcome::succeeded);
        assertThat(outcomes.get(0).added()).containsExactly(Sku.E3.id);
        assertThat(outcomes.get(0).removed()).containsExactly(Sku.POWER_BI_PRO.id);
        assertThat(outcomes.get(1).added()).isEmpty();
        assertThat(outcomes.get(1).removed()).containsExactly(Sku.VISIO_PLAN_2.id);
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(t.licenses("alex").effective().heldSkus()).containsExactly(Sku.E3.id);
    }

    @Test
    void unassigning_all_removes_every_direct_license_and_leaves_group_licenses() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(5)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);
        t.giveThroughGroup("adele", Sku.POWER_BI_PRO, UUID.randomUUID());

        BulkOutcome outcome = bulk.apply(t.id, Fixtures.ADMIN, List.of(t.user("adele")), BulkMode.UNASSIGN_ALL, Map.of()).get(0);

        assertThat(outcome.removed()).containsExactly(Sku.E3.id);
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.POWER_BI_PRO.id);
    }

    @Test
    void unassigning_a_product_held_through_a_group_says_why_it_stays() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").withUser("alex", "US").build();
        t.assign("adele", Sku.E3);
        t.giveThroughGroup("alex", Sku.E3, UUID.randomUUID());

        List<BulkOutcome> outcomes = bulk.apply(t.id, Fixtures.ADMIN, List.of(t.user("adele"), t.user("alex")), BulkMode.UNASSIGN,
                Map.of(Sku.E3.id, Set.of()));

        assertThat(outcomes.get(0).removed()).containsExactly(Sku.E3.id);
        assertThat(outcomes.get(1).error()).isEqualTo(ErrorCode.LICENSE_INHERITED_FROM_GROUP);
    }

    @Test
    void a_user_who_already_has_everything_changes_nothing() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);

        BulkOutcome outcome = bulk.apply(t.id, Fixtures.ADMIN, List.of(t.user("adele")), BulkMode.ASSIGN_MORE, Map.of(Sku.E3.id, Set.of())).get(0);

        assertThat(outcome.changedNothing()).isTrue();
    }

    @Test
    void changing_adds_a_product_to_those_who_lack_it_and_removes_another_from_those_who_hold_it() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(5))
                .withUser("adele", "US").withUser("alex", "US").withUser("kofi", null).build();
        t.assign("adele", Sku.E3, Plan.EXCHANGE_S_ENTERPRISE);
        t.assign("adele", Sku.POWER_BI_PRO);
        t.assign("alex", Sku.POWER_BI_PRO);

        List<BulkOutcome> outcomes = bulk.change(t.id, Fixtures.ADMIN, List.of(t.user("adele"), t.user("alex"), t.user("kofi")),
                Map.of(Sku.E3.id, Set.of()), Set.of(Sku.POWER_BI_PRO.id));

        assertThat(outcomes.get(0).added()).isEmpty();
        assertThat(outcomes.get(0).removed()).containsExactly(Sku.POWER_BI_PRO.id);
        assertThat(outcomes.get(1).added()).containsExactly(Sku.E3.id);
        assertThat(outcomes.get(1).removed()).containsExactly(Sku.POWER_BI_PRO.id);
        assertThat(outcomes.get(2).error()).isEqualTo(ErrorCode.USAGE_LOCATION_MISSING);
        assertThat(outcomes.get(2).skuId()).isEqualTo(Sku.E3.id);
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(t.licenses("adele").effective().disabledPlans(Sku.E3.id)).as("a user who had it keeps their apps")
                .containsExactly(Plan.EXCHANGE_S_ENTERPRISE.id);
        assertThat(t.licenses("alex").effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(t.licenses("kofi").assignments()).isEmpty();
    }

    @Test
    void a_refusal_for_lack_of_seats_names_the_product() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(1)).withSku(Sku.POWER_BI_PRO, seats(5))
                .withUser("adele", "US").withUser("alex", "US").build();

        List<BulkOutcome> outcomes = bulk.change(t.id, Fixtures.ADMIN, List.of(t.user("adele"), t.user("alex")),
                Map.of(Sku.E3.id, Set.of(), Sku.POWER_BI_PRO.id, Set.of()), Set.of());

        assertThat(outcomes.get(0).added()).containsExactlyInAnyOrder(Sku.E3.id, Sku.POWER_BI_PRO.id);
        assertThat(outcomes.get(1).error()).isEqualTo(ErrorCode.COUNT_VIOLATION);
        assertThat(outcomes.get(1).skuId()).isEqualTo(Sku.E3.id);
        assertThat(t.licenses("alex").assignments()).as("atomic per user: nothing of the refused change was kept").isEmpty();
    }

    @Test
    void a_product_cannot_be_added_and_removed_in_one_change() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bulk.change(t.id, Fixtures.ADMIN, List.of(t.user("adele")),
                Map.of(Sku.E3.id, Set.of()), Set.of(Sku.E3.id))).isInstanceOf(dev.allot.error.AllotException.class);
    }
}
