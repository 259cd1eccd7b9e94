package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/**
 * The seeds' "Assign or revoke licenses for multiple users" (Partner Center) and "Unassign licenses from multiple
 * users" (More options, Manage product licenses, Replace, Remove all), step by step.
 */
@AllotTest
class ManageProductLicensesBrowserTest {

    static Browser browser;

    @Autowired
    Fixtures fixtures;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private Page signedIn(TestTenant t) {
        Page page = browser.newPage();
        Browser.signIn(page, t.adminSignIn, t.adminPassword);
        return page;
    }

    private static void tick(Page page, String displayName, String selectedAfter) {
        page.getByLabel("Select " + displayName, new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.locator("#selection-bar")).containsText(selectedAfter);
    }

    private static Locator row(Page page, Sku product) {
        return page.locator("table.bulk-products tbody tr").filter(new Locator.FilterOptions().setHas(box(page, product)));
    }

    /** A product's box, found by its label within the product boxes (a product's app may have the same name). */
    private static Locator box(Page page, Sku product) {
        Locator box = page.locator("input[name=sku]").and(page.getByLabel(NAMES.get(product), new Page.GetByLabelOptions().setExact(true)));
        assertThat(box).hasAttribute("value", product.id.toString());
        return box;
    }

    private static final java.util.Map<Sku, String> NAMES = java.util.Map.of(Sku.E3, "Office 365 E3", Sku.POWER_BI_PRO, "Power BI Pro",
            Sku.VISIO_PLAN_2, "Visio Plan 2");

    private static boolean indeterminate(Locator box) {
        return (Boolean) box.evaluate("b => b.indeterminate");
    }

    private static void openManageProductLicenses(Page page) {
        page.getByText("More options").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Manage product licenses")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Manage product licenses"))).isVisible();
    }

    @Test
    void an_admin_selects_users_across_pages_adds_one_product_removes_another_and_sees_every_users_result() {
        var builder = fixtures.aTenant().withSku(Sku.E3, seats(25)).withSku(Sku.POWER_BI_PRO, seats(25)).withSku(Sku.VISIO_PLAN_2, seats(25));
        for (int i = 1; i <= 30; i++) {
            builder.withUser(String.format("user%02d", i), i == 28 ? null : "US");
        }
        TestTenant t = builder.build();
        for (String alias : new String[] {"user02", "user03", "user04", "user27"}) {
            t.assign(alias, Sku.VISIO_PLAN_2);
        }
        t.giveThroughGroup("user28", Sku.VISIO_PLAN_2, UUID.randomUUID());
        t.assign("user02", Sku.POWER_BI_PRO);
        t.assign("user03", Sku.POWER_BI_PRO);
        t.assign("user10", Sku.E3); // not selected: shows in the seat count only
        Page page = signedIn(t);

        page.navigate("/users");
        tick(page, "User02", "1 user selected");
        tick(page, "User03", "2 users selected");
        tick(page, "User04", "3 users selected");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("User27"))).isVisible();
        tick(page, "User27", "4 users selected");
        tick(page, "User28", "5 users selected");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Selected users")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Selected users"))).isVisible();
        assertThat(page.locator("#user-table tbody tr")).hasCount(5);
        Browser.screenshot(page, "manage-licenses-selected-users");

        openManageProductLicenses(page);
        assertThat(page.locator("ul.tiles li")).hasText(new String[] {"User02", "User03", "User04", "User27", "User28"});
        assertThat(box(page, Sku.VISIO_PLAN_2)).isChecked();
        assertThat(box(page, Sku.E3)).not().isChecked();
        assertThat(indeterminate(box(page, Sku.E3))).isFalse();
        assertThat(indeterminate(box(page, Sku.POWER_BI_PRO))).as("some of the selected users have Power BI Pro").isTrue();
        assertThat(indeterminate(box(page, Sku.VISIO_PLAN_2))).isFalse();
        assertThat(row(page, Sku.POWER_BI_PRO)).containsText("2 of 5");
        assertThat(row(page, Sku.E3)).containsText("0 of 5");
        assertThat(row(page, Sku.E3)).containsText("24");
        row(page, Sku.POWER_BI_PRO).getByText("2 of 5").click();
        Locator holders = row(page, Sku.POWER_BI_PRO).locator(".popover-body");
        assertThat(holders).isVisible();
        assertThat(holders.locator("li")).hasText(new String[] {"User02", "User03"});
        page.keyboard().press("Escape");
        assertThat(holders).isHidden();
        assertThat(row(page, Sku.POWER_BI_PRO).locator("summary").first()).isFocused();
        row(page, Sku.VISIO_PLAN_2).getByText("5 of 5").click();
        assertThat(row(page, Sku.VISIO_PLAN_2).locator(".popover-body")).containsText("User28 (through a group)");
        page.keyboard().press("Escape");
        row(page, Sku.E3).locator("details.plans > summary").click();
        assertThat(row(page, Sku.E3).getByText("Exchange Online (Plan 2)")).isVisible();
        Browser.screenshot(page, "manage-licenses-tri-state");

        box(page, Sku.E3).check();
        box(page, Sku.POWER_BI_PRO).click(); // from some to all ...
        assertThat(box(page, Sku.POWER_BI_PRO)).isChecked();
        box(page, Sku.POWER_BI_PRO).click(); // ... and on to none
        assertThat(box(page, Sku.POWER_BI_PRO)).not().isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Licenses updated"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("4 users were updated; 1 user could not be");
        Locator results = page.locator("table.results tbody tr");
        assertThat(results).hasCount(5);
        assertThat(results.nth(0)).containsText("Added: Office 365 E3");
        assertThat(results.nth(0)).containsText("Removed: Power BI Pro");
        assertThat(results.nth(2)).containsText("Added: Office 365 E3");
        assertThat(results.nth(4)).containsText("User28");
        assertThat(results.nth(4)).containsText("Not updated");
        assertThat(results.nth(4)).containsText("no usage location");
        assertThat(results.nth(4).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Set the usage location of User28"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to Active users"))).isVisible();
        Browser.screenshot(page, "manage-licenses-updated");

        assertThat(t.licenses("user02").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.VISIO_PLAN_2.id);
        assertThat(t.licenses("user03").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.VISIO_PLAN_2.id);
        assertThat(t.licenses("user04").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.VISIO_PLAN_2.id);
        assertThat(t.licenses("user27").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.VISIO_PLAN_2.id);
        assertThat(t.licenses("user28").effective().heldSkus()).containsExactly(Sku.VISIO_PLAN_2.id);
        assertThat(t.licenses("user05").effective().heldSkus()).as("a user who was not selected").isEmpty();
    }

    @Test
    void ticking_a_product_for_more_users_than_it_has_licenses_says_how_many_are_missing_and_keeps_the_form() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(2))
                .withUser("adele", "US").withUser("alex", "US").withUser("megan", "US").withUser("nestor", "US").build();
        t.assign("nestor", Sku.POWER_BI_PRO);
        Page page = signedIn(t);

        page.navigate("/users");
        tick(page, "Adele", "1 user selected");
        tick(page, "Alex", "2 users selected");
        tick(page, "Megan", "3 users selected");
        openManageProductLicenses(page);
        box(page, Sku.E3).check();
        box(page, Sku.POWER_BI_PRO).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("Not enough licenses of Power BI Pro: 3 of the selected users need one and 1 is available. Buy 2 more");
        assertThat(alert).isFocused();
        assertThat(alert.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Buy more"))).hasAttribute("href", "/billing/products");
        assertThat(box(page, Sku.E3)).isChecked();
        assertThat(box(page, Sku.POWER_BI_PRO)).isChecked();
        Browser.screenshot(page, "manage-licenses-shortfall");
        assertThat(t.licenses("adele").assignments()).as("nothing saved").isEmpty();

        box(page, Sku.POWER_BI_PRO).uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("3 users were updated.");
        assertThat(t.licenses("megan").effective().heldSkus()).containsExactly(Sku.E3.id);
    }

    @Test
    void replace_with_remove_all_product_licenses_unassigns_every_direct_license_of_the_selected_users() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(5))
                .withUser("adele", "US").withUser("alex", "US").withUser("megan", "US").build();
        t.assign("adele", Sku.E3);
        t.assign("adele", Sku.POWER_BI_PRO);
        t.assign("alex", Sku.POWER_BI_PRO);
        t.giveThroughGroup("alex", Sku.E3, UUID.randomUUID());
        t.assign("megan", Sku.E3);
        Page page = signedIn(t);

        page.navigate("/users");
        tick(page, "Adele", "1 user selected");
        tick(page, "Alex", "2 users selected");
        openManageProductLicenses(page);
        Locator removeAll = page.getByLabel("Remove all product licenses from the selected users");
        assertThat(removeAll).isDisabled();
        page.getByLabel("Replace existing product license assignments").check();
        assertThat(removeAll).isEnabled();
        assertThat(page.locator("#mode-note")).containsText("exactly the ticked products");
        removeAll.check();
        assertThat(box(page, Sku.E3)).isDisabled();
        assertThat(page.locator("#mode-note")).containsText("Licenses that come from a group stay");
        Browser.screenshot(page, "manage-licenses-remove-all");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 users were updated.");
        Locator results = page.locator("table.results tbody tr");
        assertThat(results.nth(0)).containsText("Removed: Office 365 E3, Power BI Pro");
        assertThat(results.nth(1)).containsText("Removed: Power BI Pro");
        Browser.screenshot(page, "manage-licenses-removed-all");
        assertThat(t.licenses("adele").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("alex").effective().heldSkus()).as("the group's license stays").containsExactly(Sku.E3.id);
        assertThat(t.licenses("megan").effective().heldSkus()).as("not selected").containsExactly(Sku.E3.id);
    }

    @Test
    void manage_product_licenses_without_a_selection_goes_back_to_active_users_with_a_message() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        Page page = signedIn(t);

        page.navigate("/users/manage-licenses");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/users$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Select one or more users first");
    }
}
