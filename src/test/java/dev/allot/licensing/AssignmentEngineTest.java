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

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

@AllotTest
class AssignmentEngineTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LicensingService licensing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void assigning_a_license_takes_one_seat_and_enables_the_products_plans() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();

        UserLicenses licenses = t.assign("adele", Sku.E3);

        assertThat(licenses.effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(licenses.effective().enabledPlans(Sku.E3.id)).contains(Plan.EXCHANGE_S_ENTERPRISE.id, Plan.TEAMS1.id);
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
    }

    @Test
    void assigning_beyond_the_seat_count_is_refused_with_a_count_violation() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(1)).withUser("adele", "US").withUser("alex", "US").build();
        t.assign("adele", Sku.E3);

        assertThatThrownBy(() -> t.assign("alex", Sku.E3))
                .isInstanceOf(AllotException.class)
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.COUNT_VIOLATION))
                .hasMessage("Subscription with SKU " + Sku.E3.id + " does not have any available licenses.");
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
        assertThat(t.licenses("alex").assignments()).isEmpty();
    }

    @Test
    void a_user_without_a_usage_location_cannot_get_a_license() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("kofi", null).build();

        assertThatThrownBy(() -> t.assign("kofi", Sku.E3))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.USAGE_LOCATION_MISSING))
                .hasMessage("License assignment cannot be done for user with invalid usage location.");
        assertThat(consumed(t, Sku.E3)).isZero();
    }

    @Test
    void adding_and_removing_in_one_request_is_atomic() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.EXCHANGE_PLAN_1, seats(5))
                .withSku(Sku.POWER_BI_PRO, seats(0)).withUser("adele", "US").build();
        t.assign("adele", Sku.EXCHANGE_PLAN_1);

        // swapping Exchange Plan 1 for E3 works in one request; adding Power BI too fails on seats, and nothing changes
        assertThatThrownBy(() -> licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("adele"), new LicenseRequest(
                List.of(new AddLicense(Sku.E3.id, Set.of()), new AddLicense(Sku.POWER_BI_PRO.id, Set.of())),
                List.of(Sku.EXCHANGE_PLAN_1.id))))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.COUNT_VIOLATION));
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.EXCHANGE_PLAN_1.id);
        assertThat(consumed(t, Sku.E3)).isZero();
        assertThat(consumed(t, Sku.EXCHANGE_PLAN_1)).isEqualTo(1);

        UserLicenses swapped = licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("adele"),
                new LicenseRequest(List.of(new AddLicense(Sku.E3.id, Set.of())), List.of(Sku.EXCHANGE_PLAN_1.id)));
        assertThat(swapped.effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(consumed(t, Sku.EXCHANGE_PLAN_1)).isZero();
    }

    @Test
    void mutually_exclusive_exchange_plans_are_refused_together() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.EXCHANGE_PLAN_1, seats(5)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);

        assertThatThrownBy(() -> t.assign("adele", Sku.EXCHANGE_PLAN_1))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.MUTUALLY_EXCLUSIVE_VIOLATION))
                .hasMessageContaining("are mutually exclusive");
        // with Exchange turned off in E3, Exchange Online (Plan 1) fits
        t.assign("adele", Sku.E3, Plan.EXCHANGE_S_ENTERPRISE);
        assertThat(t.assign("adele", Sku.EXCHANGE_PLAN_1).effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.EXCHANGE_PLAN_1.id);
    }

    @Test
    void a_license_held_only_through_a_group_cannot_be_removed_directly() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        t.giveThroughGroup("adele", Sku.E3, UUID.randomUUID());

        assertThatThrownBy(() -> licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("adele"), LicenseRequest.removing(Sku.E3.id)))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.LICENSE_INHERITED_FROM_GROUP))
                .hasMessage("User license is inherited from a group membership and it cannot be removed directly from the user.");
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
    }

    @Test
    void a_license_held_directly_and_through_a_group_uses_one_seat() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").build();
        t.giveThroughGroup("adele", Sku.E3, UUID.randomUUID());

        t.assign("adele", Sku.E3, Plan.TEAMS1);

        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
        assertThat(t.licenses("adele").assignments()).hasSize(2);
        assertThat(t.licenses("adele").effective().enabledPlans(Sku.E3.id)).as("the group's source keeps Teams on").contains(Plan.TEAMS1.id);
        licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("adele"), LicenseRequest.removing(Sku.E3.id));
        assertThat(consumed(t, Sku.E3)).as("the group still gives the license").isEqualTo(1);
    }

    @Test
    void exchange_online_archiving_requires_an_exchange_online_plan() {
        TestTenant t = fixtures.aTenant().withSku(Sku.ARCHIVING, seats(5)).withSku(Sku.EXCHANGE_PLAN_1, seats(5)).withUser("adele", "US").build();

        assertThatThrownBy(() -> t.assign("adele", Sku.ARCHIVING))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.DEPENDENCY_VIOLATION))
                .hasMessageContaining(Plan.EXCHANGE_S_ARCHIVE_ADDON.id.toString()).hasMessageContaining("EXCHANGE_S_STANDARD");
        t.assign("adele", Sku.EXCHANGE_PLAN_1);
        assertThat(t.assign("adele", Sku.ARCHIVING).effective().heldSkus()).contains(Sku.ARCHIVING.id);
        assertThatThrownBy(() -> licensing.assignLicense(t.id, Fixtures.ADMIN, t.user("adele"), LicenseRequest.removing(Sku.EXCHANGE_PLAN_1.id)))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.DEPENDENCY_VIOLATION));
    }

    @Test
    void the_domestic_calling_plan_is_not_available_in_romania() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E5, seats(5)).withSku(Sku.DOMESTIC_CALLING, seats(5))
                .withUser("andrei", "RO").withUser("adele", "US").build();
        t.assign("andrei", Sku.E5);
        t.assign("adele", Sku.E5);

        assertThatThrownBy(() -> t.assign("andrei", Sku.DOMESTIC_CALLING))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.PROHIBITED_IN_USAGE_LOCATION))
                .hasMessageContaining("not available in usage location RO");
        assertThat(t.assign("adele", Sku.DOMESTIC_CALLING).effective().heldSkus()).contains(Sku.DOMESTIC_CALLING.id);
    }

    @Test
    void a_product_of_the_organization_cannot_be_assigned_to_a_user() {
        TestTenant t = fixtures.aTenant().withSku(Sku.EXTRA_FILE_STORAGE, seats(5)).withUser("adele", "US").build();

        assertThatThrownBy(() -> t.assign("adele", Sku.EXTRA_FILE_STORAGE))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.PRODUCT_NOT_ASSIGNABLE));
    }

    @Test
    void licenses_of_a_suspended_subscription_cannot_be_assigned() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5), dev.allot.billing.domain.SubscriptionStatus.Suspended)
                .withUser("adele", "US").build();

        assertThatThrownBy(() -> t.assign("adele", Sku.E3))
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.COUNT_VIOLATION));
    }

    @Test
    void licenses_of_a_subscription_in_its_grace_period_can_still_be_assigned() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5), dev.allot.billing.domain.SubscriptionStatus.Warning)
                .withUser("adele", "US").build();

        assertThat(t.assign("adele", Sku.E3).effective().heldSkus()).containsExactly(Sku.E3.id);
    }

    @Test
    void the_database_refuses_a_seat_even_when_the_application_is_bypassed() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(1)).withUser("adele", "US").withUser("alex", "US").build();
        t.assign("adele", Sku.E3);

        assertThatThrownBy(() -> jdbc.sql("insert into user_license (tenant_id, user_id, sku_id) values (?, ?, ?)")
                .params(t.id, t.user("alex"), Sku.E3.id).update())
                .hasMessageContaining("CountViolation");
        assertThatThrownBy(() -> jdbc.sql("update tenant_sku set consumed_units = 7 where tenant_id = ? and sku_id = ?")
                .params(t.id, Sku.E3.id).update())
                .hasMessageContaining("seats_are_never_over_allocated");
        assertThat(consumed(t, Sku.E3)).isEqualTo(1);
    }

    private int consumed(TestTenant t, Sku sku) {
        return jdbc.sql("select consumed_units from tenant_sku where tenant_id = ? and sku_id = ?").params(t.id, sku.id)
                .query(Integer.class).optional().orElse(0);
    }

    @SuppressWarnings("unused")
    private static UUID id(Sku sku) {
        return sku.id;
    }
}
