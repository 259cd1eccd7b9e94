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

import dev.allot.billing.BillingService;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** A group's Licenses tab: give products and apps to every member, see who could not get them and why. */
@AllotTest
class GroupLicensesBrowserTest {

    static Browser browser;

    @Autowired
    Fixtures fixtures;
    @Autowired
    BillingService billing;

    @BeforeAll
    static void openBrowser(@LocalServerPort int port) {
        browser = new Browser(port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void an_admin_gives_a_group_products_turns_an_app_off_and_sees_the_member_waiting_for_a_seat() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(10)).withSku(Sku.POWER_BI_PRO, seats(1))
                .withUser("adele", "US").withUser("alex", "US").build();
        UUID analysts = t.group("Analysts", "adele", "alex");
        Page page = browser.newPage();
        Browser.signIn(page, t.adminSignIn, t.adminPassword);
        page.navigate("/groups/" + analysts);
        page.getByLabel("Group pages").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Licenses")).click();

        page.getByLabel("Office 365 E3", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Power BI Pro", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Power BI Pro"))).isVisible();
        Locator exchange = page.locator("input[name='plan-" + Sku.E3.id + "'][value='" + Plan.EXCHANGE_S_ENTERPRISE.id + "']");
        exchange.uncheck();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Some members could not get them");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members with license errors (1)"))).isVisible();
        assertThat(page.getByText("Waiting for a license")).isVisible();
        Browser.screenshot(page, "group-licenses-member-waiting");
        String holder = t.licenses("adele").effective().holds(Sku.POWER_BI_PRO.id) ? "adele" : "alex";
        assertThat(t.licenses(holder).effective().disabledPlans(Sku.E3.id)).containsExactly(Plan.EXCHANGE_S_ENTERPRISE.id);

        billing.buyMore(t.id, Fixtures.ADMIN, billing.subscriptions(t.id, Fixtures.ADMIN).stream()
                .filter(s -> s.skuId().equals(Sku.POWER_BI_PRO.id)).findFirst().orElseThrow().id(), 1);
        page.reload();

        assertThat(page.getByText("Every member holds the group's licenses.")).isVisible();
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.POWER_BI_PRO.id);
        assertThat(t.licenses("alex").effective().heldSkus()).containsExactlyInAnyOrder(Sku.E3.id, Sku.POWER_BI_PRO.id);
    }
}
