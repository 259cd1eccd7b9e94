package dev.allot.web.billing;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.DirectoryService.GroupDraft;
import dev.allot.directory.domain.User;
import dev.allot.licensing.BulkLicensingService;
import dev.allot.licensing.BulkMode;
import dev.allot.licensing.BulkOutcome;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.UserLicenses;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;
import dev.allot.web.billing.LicenseResults.Result;

/** The results of Unassign and Assign on a product's page, from the engine's real outcomes. */
@AllotTest
class LicenseResultsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    BulkLicensingService bulk;

    @Autowired
    LicensingService licensing;

    @Autowired
    DirectoryService directory;

    private LicenseResults run(TestTenant t, LicenseResults.Action action, BulkMode mode, Sku sku, Map<UUID, String> groups, String... aliases) {
        List<UUID> ids = java.util.Arrays.stream(aliases).map(t::user).toList();
        List<BulkOutcome> outcomes = bulk.apply(t.id, Fixtures.ADMIN, ids, mode, Map.of(sku.id, Set.of()));
        Map<UUID, User> users = new HashMap<>();
        ids.forEach(id -> users.put(id, directory.user(t.id, id)));
        Map<UUID, UserLicenses> after = licensing.licenses(t.id, ids);
        return LicenseResults.of(action, sku.id, outcomes, users, after, groups);
    }

    @Test
    void a_user_with_the_product_both_directly_and_through_a_group_keeps_it_and_is_told_which_group() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").withUser("megan", "US").build();
        UUID sales = directory.createGroup(t.id, Fixtures.ADMIN, new GroupDraft("Sales", null, null, false, true)).id();
        t.assign("adele", Sku.E3);
        t.assign("megan", Sku.E3);
        t.giveThroughGroup("megan", Sku.E3, sales);

        LicenseResults results = run(t, LicenseResults.Action.UNASSIGN, BulkMode.UNASSIGN, Sku.E3, Map.of(sales, "Sales"), "adele", "megan");

        assertThat(results.rows()).extracting(LicenseResults.Row::result).containsExactly(Result.UNASSIGNED, Result.KEPT_THROUGH_GROUP);
        assertThat(results.rows().get(1).groups()).isEqualTo("Sales");
        assertThat(results.rows().get(1).reasonKey()).isEqualTo("billing.result.KEPT_THROUGH_GROUP");
        assertThat(results.changed()).isEqualTo(1);
        assertThat(results.kept()).isEqualTo(1);
        assertThat(results.anyFailed()).isFalse();
        assertThat(t.licenses("megan").effective().heldSkus()).containsExactly(Sku.E3.id);
    }

    @Test
    void a_group_that_no_longer_exists_is_still_named_as_the_reason_in_general_words() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("alex", "US").build();
        t.giveThroughGroup("alex", Sku.E3, UUID.randomUUID());

        LicenseResults results = run(t, LicenseResults.Action.UNASSIGN, BulkMode.UNASSIGN, Sku.E3, Map.of(), "alex");

        assertThat(results.rows().get(0).result()).isEqualTo(Result.KEPT_THROUGH_GROUP);
        assertThat(results.rows().get(0).reasonKey()).isEqualTo("billing.result.KEPT_THROUGH_GROUP.unnamed");
    }

    @Test
    void assigning_counts_new_licenses_users_who_had_it_and_refusals_with_buy_more_when_none_are_left() {
        TestTenant t = fixtures.aTenant().withSku(Sku.POWER_BI_PRO, seats(2)).withUser("adele", "US").withUser("alex", "US")
                .withUser("kofi", null).withUser("lynne", "US").build();
        t.assign("adele", Sku.POWER_BI_PRO);

        LicenseResults results = run(t, LicenseResults.Action.ASSIGN, BulkMode.ASSIGN_MORE, Sku.POWER_BI_PRO, Map.of(),
                "adele", "alex", "kofi", "lynne");

        assertThat(results.rows()).extracting(LicenseResults.Row::result)
                .containsExactly(Result.ALREADY_HELD, Result.ASSIGNED, Result.FAILED, Result.FAILED);
        assertThat(results.rows().get(2).reasonKey()).isEqualTo("billing.reason.USAGE_LOCATION_MISSING");
        assertThat(results.rows().get(3).reasonKey()).isEqualTo("billing.reason.COUNT_VIOLATION");
        assertThat(results.rows().get(3).buyMore()).isTrue();
        assertThat(results.changed()).isEqualTo(1);
        assertThat(results.failed()).isEqualTo(2);
    }
}
