package dev.allot.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.allot.catalog.domain.AppliesTo;
import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.domain.LicensePlanner.Decision;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/** The planner's rules, without any database: a small made-up catalog is enough. */
class LicensePlannerTest {

    static final ServicePlan MAILBOX_1 = plan("MAILBOX_1");
    static final ServicePlan MAILBOX_2 = plan("MAILBOX_2");
    static final ServicePlan ARCHIVE = plan("ARCHIVE");
    static final ServicePlan CHAT = plan("CHAT");
    static final ServicePlan CALLING = plan("CALLING");
    static final Product MAIL_1 = product("MAIL_1", MAILBOX_1);
    static final Product SUITE = product("SUITE", MAILBOX_2, CHAT);
    static final Product ARCHIVING = product("ARCHIVING", ARCHIVE);
    static final Product PHONE = product("PHONE", CALLING);
    static final Product STORAGE = new Product(UUID.randomUUID(), "STORAGE", "Extra storage", AppliesTo.Company, List.of(plan("STORE")));
    static final UUID GROUP = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    final TenantCatalog catalog = new TenantCatalog(UUID.randomUUID(), 1, "US",
            List.of(subscribed(MAIL_1), subscribed(SUITE), subscribed(ARCHIVING), subscribed(PHONE), subscribed(STORAGE)),
            List.of(rule(RuleKind.MutuallyExclusive, MAILBOX_1, Set.of(MAILBOX_2.id()), Set.of()),
                    rule(RuleKind.Requires, ARCHIVE, Set.of(MAILBOX_1.id(), MAILBOX_2.id()), Set.of()),
                    rule(RuleKind.AvailableOnlyIn, CALLING, Set.of(), Set.of("US", "GB"))));
    final LicensePlanner planner = new LicensePlanner();
    final Licensee american = new Licensee(UUID.randomUUID(), "US");
    final Licensee romanian = new Licensee(UUID.randomUUID(), "RO");

    @Test
    void a_new_license_takes_a_seat() {
        Decision d = planner.decide(american, List.of(), LicenseRequest.adding(SUITE.skuId()), catalog, NOW);

        assertThat(d.approved()).isTrue();
        assertThat(d.plan().orElseThrow().seatsToTake()).containsExactly(SUITE.skuId());
    }

    @Test
    void adding_a_product_the_user_has_replaces_its_disabled_plans_without_a_new_seat() {
        List<Assignment> current = List.of(Assignment.direct(SUITE.skuId(), Set.of(), NOW));

        Decision d = planner.decide(american, current, LicenseRequest.adding(SUITE.skuId(), CHAT.id()), catalog, NOW);

        assertThat(d.plan().orElseThrow().seatsToTake()).isEmpty();
        assertThat(d.plan().orElseThrow().effective().enabledPlans(SUITE.skuId())).containsExactly(MAILBOX_2.id());
    }

    @Test
    void a_license_held_through_a_group_and_directly_uses_one_seat_and_unions_the_plans() {
        List<Assignment> current = List.of(new Assignment(SUITE.skuId(), GROUP, Set.of(CHAT.id()), AssignmentState.Active, null, NOW, NOW));

        Decision d = planner.decide(american, current, LicenseRequest.adding(SUITE.skuId(), MAILBOX_2.id()), catalog, NOW);

        assertThat(d.plan().orElseThrow().seatsToTake()).isEmpty();
        assertThat(d.plan().orElseThrow().effective().enabledPlans(SUITE.skuId())).containsExactlyInAnyOrder(MAILBOX_2.id(), CHAT.id());
        assertThat(d.plan().orElseThrow().effective().disabledPlans(SUITE.skuId())).isEmpty();
    }

    @Test
    void a_license_held_only_through_a_group_cannot_be_removed_directly() {
        List<Assignment> current = List.of(new Assignment(SUITE.skuId(), GROUP, Set.of(), AssignmentState.Active, null, NOW, NOW));

        Decision d = planner.decide(american, current, LicenseRequest.removing(SUITE.skuId()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::code).containsExactly(ErrorCode.LICENSE_INHERITED_FROM_GROUP);
        assertThat(d.violations().get(0).message())
                .isEqualTo("User license is inherited from a group membership and it cannot be removed directly from the user.");
    }

    @Test
    void removing_the_direct_source_keeps_the_license_held_through_a_group() {
        List<Assignment> current = List.of(Assignment.direct(SUITE.skuId(), Set.of(), NOW),
                new Assignment(SUITE.skuId(), GROUP, Set.of(), AssignmentState.Active, null, NOW, NOW));

        Decision d = planner.decide(american, current, LicenseRequest.removing(SUITE.skuId()), catalog, NOW);

        assertThat(d.plan().orElseThrow().seatsToFree()).isEmpty();
        assertThat(d.plan().orElseThrow().effective().holds(SUITE.skuId())).isTrue();
    }

    @Test
    void removing_a_license_the_user_does_not_have_is_refused() {
        Decision d = planner.decide(american, List.of(), LicenseRequest.removing(SUITE.skuId()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::code).containsExactly(ErrorCode.LICENSE_NOT_ASSIGNED);
    }

    @Test
    void mutually_exclusive_plans_are_refused_across_products() {
        List<Assignment> current = List.of(Assignment.direct(SUITE.skuId(), Set.of(), NOW));

        Decision d = planner.decide(american, current, LicenseRequest.adding(MAIL_1.skuId()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::assignmentError).containsExactly(AssignmentError.MutuallyExclusiveViolation);
    }

    @Test
    void exclusive_plans_are_fine_when_one_of_them_is_turned_off() {
        List<Assignment> current = List.of(Assignment.direct(SUITE.skuId(), Set.of(MAILBOX_2.id()), NOW));

        assertThat(planner.decide(american, current, LicenseRequest.adding(MAIL_1.skuId()), catalog, NOW).approved()).isTrue();
    }

    @Test
    void a_plan_needs_the_plan_it_depends_on() {
        Decision d = planner.decide(american, List.of(), LicenseRequest.adding(ARCHIVING.skuId()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::assignmentError).containsExactly(AssignmentError.DependencyViolation);
        assertThat(d.violations().get(0).message()).contains("depends on the service plan(s)").contains("MAILBOX_1").contains("MAILBOX_2");
    }

    @Test
    void a_dependency_can_be_added_in_the_same_request() {
        LicenseRequest both = new LicenseRequest(List.of(new AddLicense(ARCHIVING.skuId(), Set.of()), new AddLicense(MAIL_1.skuId(), Set.of())), List.of());

        assertThat(planner.decide(american, List.of(), both, catalog, NOW).approved()).isTrue();
    }

    @Test
    void removing_what_another_license_depends_on_is_refused() {
        List<Assignment> current = List.of(Assignment.direct(MAIL_1.skuId(), Set.of(), NOW), Assignment.direct(ARCHIVING.skuId(), Set.of(), NOW));

        Decision d = planner.decide(american, current, LicenseRequest.removing(MAIL_1.skuId()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::assignmentError).containsExactly(AssignmentError.DependencyViolation);
    }

    @Test
    void a_violation_that_existed_before_does_not_block_an_unrelated_change() {
        // archiving without a mailbox: possible if the rule was added after the assignment
        List<Assignment> current = List.of(Assignment.direct(ARCHIVING.skuId(), Set.of(), NOW));

        assertThat(planner.decide(american, current, LicenseRequest.adding(PHONE.skuId()), catalog, NOW).approved()).isTrue();
    }

    @Test
    void a_plan_available_only_in_some_countries_is_refused_elsewhere() {
        Decision d = planner.decide(romanian, List.of(), LicenseRequest.adding(PHONE.skuId()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::assignmentError).containsExactly(AssignmentError.ProhibitedInUsageLocationViolation);
        assertThat(d.violations().get(0).message()).contains("not available in usage location RO");
    }

    @Test
    void a_plan_unavailable_in_a_country_can_be_assigned_there_turned_off() {
        assertThat(planner.decide(romanian, List.of(), LicenseRequest.adding(PHONE.skuId(), CALLING.id()), catalog, NOW).approved()).isTrue();
    }

    @Test
    void a_product_that_applies_to_the_organization_cannot_be_assigned_to_a_user() {
        Decision d = planner.decide(american, List.of(), LicenseRequest.adding(STORAGE.skuId()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::code).containsExactly(ErrorCode.PRODUCT_NOT_ASSIGNABLE);
    }

    @Test
    void disabled_plans_must_belong_to_the_product() {
        Decision d = planner.decide(american, List.of(), LicenseRequest.adding(SUITE.skuId(), CALLING.id()), catalog, NOW);

        assertThat(d.violations()).extracting(Violation::code).containsExactly(ErrorCode.PLAN_NOT_IN_PRODUCT);
    }

    @Test
    void a_product_not_subscribed_is_named_in_the_refusal() {
        UUID unknown = UUID.randomUUID();

        Decision d = planner.decide(american, List.of(), LicenseRequest.adding(unknown), catalog, NOW);

        assertThat(d.violations().get(0).message()).isEqualTo("License " + unknown + " does not correspond to a valid company License.");
    }

    @Test
    void the_same_product_in_add_and_remove_is_refused() {
        LicenseRequest both = new LicenseRequest(List.of(new AddLicense(SUITE.skuId(), Set.of())), List.of(SUITE.skuId()));

        assertThat(planner.decide(american, List.of(), both, catalog, NOW).violations()).extracting(Violation::code).contains(ErrorCode.BAD_REQUEST);
    }

    @Test
    void a_user_without_usage_location_gets_no_license_but_can_lose_one() {
        Licensee nowhere = new Licensee(UUID.randomUUID(), null);
        List<Assignment> current = List.of(Assignment.direct(SUITE.skuId(), Set.of(), NOW));

        assertThat(planner.decide(nowhere, List.of(), LicenseRequest.adding(SUITE.skuId()), catalog, NOW).violations())
                .extracting(Violation::code).containsExactly(ErrorCode.USAGE_LOCATION_MISSING);
        assertThat(planner.decide(nowhere, current, LicenseRequest.removing(SUITE.skuId()), catalog, NOW).approved()).isTrue();
    }

    @Test
    void every_violation_is_reported_not_just_the_first() {
        UUID unknown = UUID.randomUUID();
        LicenseRequest two = new LicenseRequest(List.of(new AddLicense(unknown, Set.of()), new AddLicense(STORAGE.skuId(), Set.of())), List.of());

        assertThat(planner.decide(american, List.of(), two, catalog, NOW).violations()).hasSize(2);
    }

    private static ServicePlan plan(String name) {
        return new ServicePlan(UUID.randomUUID(), name, name, AppliesTo.User);
    }

    private static Product product(String name, ServicePlan... plans) {
        return new Product(UUID.randomUUID(), name, name, AppliesTo.User, List.of(plans));
    }

    private static SubscribedProduct subscribed(Product p) {
        return new SubscribedProduct(p, CapabilityStatus.Enabled);
    }

    private static LicensingRule rule(RuleKind kind, ServicePlan plan, Set<UUID> others, Set<String> countries) {
        return new LicensingRule(UUID.randomUUID(), kind, plan.id(), null, others, countries, kind + " " + plan.name());
    }
}
