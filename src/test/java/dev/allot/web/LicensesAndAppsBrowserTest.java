package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** The seed's "Assign or unassign licenses to users", step by step, for one user. */
@AllotTest
class LicensesAndAppsBrowserTest {

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

    private static Locator openLicensesAndApps(Page page, String displayName) {
        page.navigate("/users");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(displayName)).click();
        Locator pane = page.locator("#pane");
        pane.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("Licenses and Apps")).click();
        assertThat(pane.getByText("Apps").first()).isVisible();
        return pane;
    }

    @Test
    void an_admin_assigns_a_license_turns_off_an_app_and_unassigns_it() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(25)).withSku(Sku.POWER_BI_PRO, seats(3)).withUser("adele", "US").build();
        Page page = signedIn(t);

        Locator pane = openLicensesAndApps(page, "Adele");
        pane.getByLabel("Office 365 E3", new Locator.GetByLabelOptions().setExact(true)).check();
        Locator exchange = pane.locator("input[name='plan-" + Sku.E3.id + "'][value='" + Plan.EXCHANGE_S_ENTERPRISE.id + "']");
        assertThat(exchange).isChecked();
        exchange.uncheck();
        pane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();

        assertThat(pane.getByRole(AriaRole.STATUS)).containsText("Licenses updated");
        assertThat(pane.getByRole(AriaRole.STATUS)).containsText("Added: Office 365 E3");
        Browser.screenshot(page, "licenses-and-apps-assigned");
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.E3.id);
        assertThat(t.licenses("adele").effective().disabledPlans(Sku.E3.id)).containsExactly(Plan.EXCHANGE_S_ENTERPRISE.id);
        assertThat(pane.getByText("24 of 25 available")).isVisible();

        pane.getByLabel("Office 365 E3", new Locator.GetByLabelOptions().setExact(true)).uncheck();
        pane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();

        assertThat(pane.getByRole(AriaRole.STATUS)).containsText("Removed: Office 365 E3");
        assertThat(t.licenses("adele").effective().heldSkus()).isEmpty();
        Browser.screenshot(page, "licenses-and-apps-unassigned");
    }

    @Test
    void a_user_without_a_usage_location_can_get_one_set_right_in_the_pane() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(25)).withUser("kofi", null).build();
        Page page = signedIn(t);

        Locator pane = openLicensesAndApps(page, "Kofi");
        pane.getByLabel("Office 365 E3", new Locator.GetByLabelOptions().setExact(true)).check();
        pane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();

        assertThat(pane.getByRole(AriaRole.ALERT)).containsText("no usage location");
        Browser.screenshot(page, "licenses-and-apps-usage-location");
        pane.getByLabel("Usage location", new Locator.GetByLabelOptions().setExact(true)).selectOption("GB");
        pane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set usage location")).click();
        assertThat(pane.getByRole(AriaRole.STATUS)).containsText("GB");
        assertThat(pane.getByLabel("Office 365 E3", new Locator.GetByLabelOptions().setExact(true))).isChecked();
        pane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();

        assertThat(pane.getByRole(AriaRole.STATUS)).containsText("Added: Office 365 E3");
        assertThat(t.licenses("kofi").effective().heldSkus()).containsExactly(Sku.E3.id);
    }

    @Test
    void no_seats_left_offers_buy_more() {
        TestTenant t = fixtures.aTenant().withSku(Sku.POWER_BI_PRO, seats(1)).withUser("adele", "US").withUser("alex", "US").build();
        t.assign("adele", Sku.POWER_BI_PRO);
        Page page = signedIn(t);

        Locator pane = openLicensesAndApps(page, "Alex");
        pane.getByLabel("Power BI Pro", new Locator.GetByLabelOptions().setExact(true)).check();
        pane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save changes")).click();

        System.err.println("PANE: " + pane.innerText());
        assertThat(pane.getByRole(AriaRole.ALERT)).containsText("no licenses of Power BI Pro left");
        assertThat(pane.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Buy more"))).isVisible();
        Browser.screenshot(page, "licenses-and-apps-buy-more");
    }
}
