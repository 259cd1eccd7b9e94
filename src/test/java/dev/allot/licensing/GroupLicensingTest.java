package dev.allot.licensing;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.billing.BillingService;
import dev.allot.directory.DirectoryService;
import dev.allot.error.AllotException;
import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.AssignmentError;
import dev.allot.licensing.domain.AssignmentState;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

@AllotTest
class GroupLicensingTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    GroupLicensingService groups;
    @Autowired
    LicensingService licensing;
    @Autowired
    DirectoryService directory;
    @Autowired
    BillingService billing;
    @Autowired
    JdbcClient jdbc;

    private void give(TestTenant t, UUID group, Sku... skus) {
        groups.assignLicense(t.id, Fixtures.ADMIN, group, new LicenseRequest(
                java.util.Arrays.stream(skus).map(s -> new AddLicense(s.id, Set.of())).toList(), List.of()));
    }

    private Assignment fromGroup(TestTenant t, String alias, UUID group, Sku sku) {
        return t.licenses(alias).assignments().stream().filter(a -> group.equals(a.groupId()) && a.skuId().equals(sku.id)).findFirst().orElseThrow();
    }

    private int consumed(TestTenant t, Sku sku) {
        return jdbc.sql("select consumed_units from tenant_sku where tenant_id = ? and sku_id = ?").params(t.id, sku.id).query(Integer.class).single();
    }

    private int seatRows(TestTenant t, Sku sku) {
        return jdbc.sql("select count(*) from user_license where tenant_id = ? and sku_id = ?").params(t.id, sku.id).query(Integer.class).single();
    }

    @Test
    void a_groups_product_goes_to_every_member_through_the_group() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withUser("adele", "US").withUser("alex", "GB").build();
        UUID sales = t.group("Sales", "adele", "alex");

        give(t, sales, Sku.E3);

        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(fromGroup(t, "alex", sales, Sku.E3).state()).isEqualTo(AssignmentState.Active);
        assertThat(consumed(t, Sku.E3)).isEqualTo(2);
    }

    @Test
    void a_member_without_a_usage_location_takes_the_organizations_default() {
        TestTenant t = fixtures.aTenant().withDefaultUsageLocation("US").withSku(Sku.E5, seats(5)).withSku(Sku.DOMESTIC_CALLING, seats(5))
                .withUser("kofi", null).build();
        UUID phones = t.group("Phones", "kofi");

        give(t, phones, Sku.E5, Sku.DOMESTIC_CALLING);

        assertThat(t.licenses("kofi").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E5.id, Sku.DOMESTIC_CALLING.id);
    }

    @Test
    void a_member_who_cannot_get_every_product_gets_none_and_carries_the_reason() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withSku(Sku.POWER_BI_PRO, seats(1))
                .withUser("adele", "US").withUser("alex", "US").build();
        UUID analysts = t.group("Analysts", "adele", "alex");

        give(t, analysts, Sku.E3, Sku.POWER_BI_PRO);

        assertThat(t.licenses("adele").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.POWER_BI_PRO.id);
        assertThat(t.licenses("alex").effective().heldSkus()).as("all or nothing").isEmpty();
        assertThat(fromGroup(t, "alex", analysts, Sku.E3).error()).isEqualTo(AssignmentError.CountViolation);
        assertThat(fromGroup(t, "alex", analysts, Sku.POWER_BI_PRO).state()).isEqualTo(AssignmentState.Error);
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
        assertThat(groups.hasMembersWithErrors(t.id, analysts)).isTrue();
    }

    @Test
    void a_rule_violation_is_the_members_error_and_others_still_get_the_license() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withSku(Sku.EXCHANGE_PLAN_1, seats(10))
                .withUser("adele", "US").withUser("alex", "US").build();
        t.assign("alex", Sku.EXCHANGE_PLAN_1);
        UUID all = t.group("All", "adele", "alex");

        give(t, all, Sku.E3);

        assertThat(t.licenses("adele").effective().holds(Sku.E3.id)).isTrue();
        assertThat(fromGroup(t, "alex", all, Sku.E3).error()).isEqualTo(AssignmentError.MutuallyExclusiveViolation);
        assertThat(t.licenses("alex").effective().heldSkus()).containsExactly(Sku.EXCHANGE_PLAN_1.id);
    }

    @Test
    void a_plan_unavailable_in_the_members_country_is_a_location_error() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E5, seats(5)).withSku(Sku.DOMESTIC_CALLING, seats(5)).withUser("andrei", "RO").build();
        UUID phones = t.group("Phones", "andrei");

        give(t, phones, Sku.E5, Sku.DOMESTIC_CALLING);

        assertThat(fromGroup(t, "andrei", phones, Sku.DOMESTIC_CALLING).error()).isEqualTo(AssignmentError.ProhibitedInUsageLocationViolation);
        assertThat(t.licenses("andrei").effective().heldSkus()).isEmpty();
    }

    @Test
    void moving_a_member_to_a_country_where_the_plan_is_sold_gives_them_the_license_at_once() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E5, seats(5)).withSku(Sku.DOMESTIC_CALLING, seats(5)).withUser("andrei", "RO").build();
        UUID phones = t.group("Phones", "andrei");
        give(t, phones, Sku.E5, Sku.DOMESTIC_CALLING);

        directory.updateUser(t.id, Fixtures.ADMIN, t.user("andrei"), dev.allot.directory.domain.UserChanges.builder()
                .set(dev.allot.directory.domain.UserProperty.usageLocation, "GB").build());

        assertThat(t.licenses("andrei").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E5.id, Sku.DOMESTIC_CALLING.id);
    }

    @Test
    void a_member_added_to_a_licensed_group_holds_the_license_at_once_and_loses_it_when_removed() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withUser("adele", "US").withUser("alex", "US").build();
        UUID sales = t.group("Sales", "adele");
        give(t, sales, Sku.E3);

        t.addToGroup(sales, "alex");
        assertThat(t.licenses("alex").effective().holds(Sku.E3.id)).isTrue();
        assertThat(consumed(t, Sku.E3)).isEqualTo(2);

        t.removeFromGroup(sales, "alex");
        assertThat(t.licenses("alex").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("alex").assignments()).isEmpty();
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
    }

    @Test
    void a_member_removed_keeps_the_license_another_source_gives() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withUser("adele", "US").build();
        UUID sales = t.group("Sales", "adele");
        give(t, sales, Sku.E3);
        t.assign("adele", Sku.E3);

        t.removeFromGroup(sales, "adele");

        assertThat(t.licenses("adele").effective().holds(Sku.E3.id)).isTrue();
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
    }

    @Test
    void members_waiting_for_a_seat_are_served_oldest_first_when_seats_free_up_or_are_bought() throws Exception {
        TestTenant t = fixtures.aTenant().withSku(Sku.POWER_BI_PRO, seats(1)).withUser("direct", "US")
                .withUser("first", "US").withUser("second", "US").build();
        t.assign("direct", Sku.POWER_BI_PRO);
        UUID bi = t.group("BI");
        give(t, bi, Sku.POWER_BI_PRO);
        t.addToGroup(bi, "first");
        Thread.sleep(5);
        t.addToGroup(bi, "second");
        assertThat(fromGroup(t, "first", bi, Sku.POWER_BI_PRO).error()).isEqualTo(AssignmentError.CountViolation);

        licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("direct"), LicenseRequest.removing(Sku.POWER_BI_PRO.id));

        assertThat(t.licenses("first").effective().holds(Sku.POWER_BI_PRO.id)).as("the longest waiting is served").isTrue();
        assertThat(fromGroup(t, "second", bi, Sku.POWER_BI_PRO).error()).isEqualTo(AssignmentError.CountViolation);

        UUID subscription = billing.subscriptions(t.id, Fixtures.ADMIN).get(0).id();
        billing.buyMore(t.id, Fixtures.ADMIN, subscription, 1);

        assertThat(t.licenses("second").effective().holds(Sku.POWER_BI_PRO.id)).isTrue();
        assertThat(consumed(t, Sku.POWER_BI_PRO)).isEqualTo(2).isEqualTo(seatRows(t, Sku.POWER_BI_PRO));
    }

    @Test
    void deleting_a_user_serves_a_waiting_member() {
        TestTenant t = fixtures.aTenant().withSku(Sku.POWER_BI_PRO, seats(1)).withUser("leaver", "US").withUser("waiting", "US").build();
        UUID bi = t.group("BI", "leaver", "waiting");
        give(t, bi, Sku.POWER_BI_PRO);
        assertThat(t.licenses("waiting").effective().heldSkus()).isEmpty();

        directory.deleteUser(t.id, Fixtures.ADMIN, t.user("leaver"));

        assertThat(t.licenses("waiting").effective().holds(Sku.POWER_BI_PRO.id)).isTrue();
    }

    @Test
    void removing_a_product_from_the_group_takes_it_from_the_members_and_frees_the_seats() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withUser("adele", "US").withUser("alex", "US").build();
        UUID sales = t.group("Sales", "adele", "alex");
        give(t, sales, Sku.E3);

        groups.assignLicense(t.id, Fixtures.ADMIN, sales, LicenseRequest.removing(Sku.E3.id));

        assertThat(t.licenses("adele").assignments()).isEmpty();
        assertThat(consumed(t, Sku.E3)).isZero();
        assertThat(groups.licenses(t.id, sales)).isEmpty();
    }

    @Test
    void changing_the_groups_plans_changes_every_members_apps() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withUser("adele", "US").build();
        UUID sales = t.group("Sales", "adele");
        give(t, sales, Sku.E3);

        groups.assignLicense(t.id, Fixtures.ADMIN, sales, LicenseRequest.adding(Sku.E3.id, Plan.EXCHANGE_S_ENTERPRISE.id));

        assertThat(t.licenses("adele").effective().disabledPlans(Sku.E3.id)).containsExactly(Plan.EXCHANGE_S_ENTERPRISE.id);
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
    }

    @Test
    void a_group_that_still_carries_licenses_cannot_be_deleted() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withUser("adele", "US").build();
        UUID sales = t.group("Sales", "adele");
        give(t, sales, Sku.E3);

        assertThatThrownBy(() -> directory.deleteGroup(t.id, Fixtures.ADMIN, sales)).isInstanceOf(AllotException.class)
                .hasMessageContaining("still assigns").hasMessageContaining("Remove the group's licenses first");
    }

    @Test
    void a_direct_license_for_a_waiting_member_resolves_their_group_error() {
        TestTenant t = fixtures.aTenant().withSku(Sku.POWER_BI_PRO, seats(1)).withUser("adele", "US").withUser("alex", "US").build();
        UUID bi = t.group("BI", "adele", "alex");
        give(t, bi, Sku.POWER_BI_PRO);
        String waiting = t.licenses("adele").effective().holds(Sku.POWER_BI_PRO.id) ? "alex" : "adele";
        String holder = waiting.equals("alex") ? "adele" : "alex";
        t.removeFromGroup(bi, holder);

        assertThat(fromGroup(t, waiting, bi, Sku.POWER_BI_PRO).state()).isEqualTo(AssignmentState.Active);
    }

    @Test
    void an_unknown_product_for_a_group_is_refused_and_nothing_changes() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        UUID sales = t.group("Sales", "adele");

        assertThatThrownBy(() -> give(t, sales, Sku.E5)).hasMessageContaining("does not correspond to a valid company License");
        assertThat(groups.licenses(t.id, sales)).isEmpty();
    }
}
