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

import dev.allot.directory.DirectoryService;
import dev.allot.directory.DirectoryService.GroupDraft;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** The seed's "Use the Licenses page to unassign licenses", and Assign licenses from a product's page. */
@AllotTest
class BillingLicensesBrowserTest {

    static Browser browser;

    @Autowired
    Fixtures fixtures;

    @Autowired
    DirectoryService directory;

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

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private UUID groupGiving(TestTenant t, String groupName, String alias, Sku sku) {
        UUID groupId = directory.createGroup(t.id, Fixtures.ADMIN, new GroupDraft(groupName, null, null, false, true)).id();
        directory.addMember(t.id, Fixtures.ADMIN, groupId, t.user(alias));
        t.giveThroughGroup(alias, sku, groupId);
        return groupId;
    }

    @Test
    void an_admin_unassigns_a_product_from_the_selected_users_and_one_keeps_it_through_a_group() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(25)).withUser("adele", "US").withUser("alex", "US")
                .withUser("megan", "US").withUser("diego", "US").build();
        t.assign("adele", Sku.E3);
        t.assign("alex", Sku.E3);
        t.assign("diego", Sku.E3);
        groupGiving(t, "Sales", "megan", Sku.E3);
        Page page = signedIn(t);

        // 1. Billing > Licenses
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Licenses").setExact(true)).click();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Office 365 E3"));
        assertThat(row).containsText("4");
        assertThat(row).containsText("21");
        assertThat(row).containsText("25");
        // 2. the product
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Office 365 E3")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Office 365 E3"))).isVisible();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Megan"))).containsText("Sales (group)");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Adele"))).containsText("Direct");
        // 3. the users
        page.getByLabel("Select Adele").check();
        page.getByLabel("Select Alex").check();
        page.getByLabel("Select Megan").check();
        assertThat(page.locator("#selection-bar")).containsText("3 users selected");
        // 4. Unassign licenses
        button(page, "Unassign licenses").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Unassign licenses"));
        assertThat(dialog).isVisible();
        assertThat(dialog).containsText("3 users will lose Office 365 E3");
        Browser.screenshot(page, "billing-licenses-unassign-dialog");
        // 5. Unassign
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unassign").setExact(true)).click();

        Locator results = page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("was unassigned"));
        assertThat(results).containsText("Office 365 E3 was unassigned from 2 users. 1 user keeps it through a group.");
        assertThat(results.locator("li").filter(new Locator.FilterOptions().setHasText("Megan")))
                .containsText("Keeps Office 365 E3 because the group Sales gives it");
        assertThat(results.locator("li").filter(new Locator.FilterOptions().setHasText("Adele"))).containsText("No longer has Office 365 E3");
        assertThat(page.locator("#results")).isFocused();
        assertThat(page.locator("#product-seats")).containsText("2 assigned, 23 available, 25 in total");
        assertThat(page.locator("#holders")).not().containsText("Adele");
        assertThat(page.locator("#holders")).containsText("Megan");
        assertThat(page.locator("#selection-bar")).containsText("No users selected");
        assertThat(dialog).isHidden();
        Browser.screenshot(page, "billing-licenses-unassigned");

        assertThat(t.licenses("adele").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("alex").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("megan").effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(t.licenses("diego").effective().heldSkus()).containsExactly(Sku.E3.id);
    }

    @Test
    void the_selection_is_kept_while_paging_through_a_products_users() {
        var builder = fixtures.aTenant().withSku(Sku.E3, seats(40));
        for (int i = 1; i <= 27; i++) {
            builder.withUser(String.format("user%02d", i), "US");
        }
        TestTenant t = builder.build();
        for (int i = 1; i <= 27; i++) {
            t.assign(String.format("user%02d", i), Sku.E3);
        }
        Page page = signedIn(t);

        page.navigate("/billing/licenses/" + Sku.E3.id);
        assertThat(page.locator("#holders .pager")).containsText("25 shown of 27");
        page.getByLabel("Select User01").check();
        assertThat(page.locator("#selection-bar")).containsText("1 user selected");
        page.locator("#holders .pager").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Next")).click();
        assertThat(page.locator("#holders .pager")).containsText("2 shown of 27");
        page.getByLabel("Select every user on this page").check();
        assertThat(page.locator("#selection-bar")).containsText("3 users selected");
        page.locator("#holders .pager").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("First")).click();
        assertThat(page.getByLabel("Select User01")).isChecked();
        assertThat(page.getByLabel("Select User02")).not().isChecked();

        button(page, "Unassign licenses").click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unassign").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("was unassigned")))
                .containsText("Office 365 E3 was unassigned from 3 users.");
        Browser.screenshot(page, "billing-licenses-selection-across-pages");
        assertThat(t.licenses("user01").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("user26").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("user27").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("user02").effective().heldSkus()).containsExactly(Sku.E3.id);
    }

    @Test
    void assigning_licenses_from_a_products_page_reports_each_users_success_or_failure() {
        TestTenant t = fixtures.aTenant().withSku(Sku.POWER_BI_PRO, seats(2)).withUser("adele", "US").withUser("alex", "US")
                .withUser("kofi", null).withUser("lynne", "US").build();
        Page page = signedIn(t);

        page.navigate("/billing/licenses");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Power BI Pro")).click();
        button(page, "Assign licenses").click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Assign licenses"));
        assertThat(dialog).isVisible();
        Locator find = dialog.getByLabel("Find users by name");
        find.fill("a");
        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("2 users found");
        dialog.getByLabel("Adele").check();
        dialog.getByLabel("Alex").check();
        find.fill("k");
        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("1 user found");
        assertThat(dialog.getByLabel("Adele")).isChecked();
        assertThat(dialog.getByText("No usage location")).isVisible();
        dialog.getByLabel("Kofi").check();
        find.fill("lyn");
        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("1 user found");
        dialog.getByLabel("Lynne").check();
        Browser.screenshot(page, "billing-licenses-assign-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign").setExact(true)).click();

        Locator results = page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText("was assigned"));
        assertThat(results).containsText("Power BI Pro was assigned to 2 users. 2 users could not get it.");
        assertThat(results.locator("li").filter(new Locator.FilterOptions().setHasText("Adele"))).containsText("Now has Power BI Pro");
        assertThat(results.locator("li").filter(new Locator.FilterOptions().setHasText("Kofi"))).containsText("Has no usage location");
        assertThat(results.locator("li").filter(new Locator.FilterOptions().setHasText("Lynne")))
                .containsText("There are no licenses of Power BI Pro left");
        assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Buy more"))).isVisible();
        assertThat(page.locator("#results")).isFocused();
        assertThat(page.locator("#product-seats")).containsText("2 assigned, 0 available, 2 in total");
        assertThat(page.locator("#holders")).containsText("Alex");
        Browser.screenshot(page, "billing-licenses-assigned");

        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.POWER_BI_PRO.id);
        assertThat(t.licenses("alex").effective().heldSkus()).containsExactly(Sku.POWER_BI_PRO.id);
        assertThat(t.licenses("kofi").effective().heldSkus()).isEmpty();
        assertThat(t.licenses("lynne").effective().heldSkus()).isEmpty();
    }
}
