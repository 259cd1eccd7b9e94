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

import dev.allot.billing.BillingService;
import dev.allot.billing.domain.Subscription;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** Billing > Your products: Buy more and Remove licenses, refused while the licenses are in use. */
@AllotTest
class YourProductsBrowserTest {

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

    private Page signedIn(TestTenant t) {
        Page page = browser.newPage();
        Browser.signIn(page, t.adminSignIn, t.adminPassword);
        return page;
    }

    private int quantity(TestTenant t, Sku sku) {
        return billing.subscriptions(t.id, Fixtures.ADMIN).stream().filter(s -> s.skuId().equals(sku.id)).mapToInt(Subscription::quantity).sum();
    }

    private static Locator row(Page page, String product) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(product));
    }

    @Test
    void buy_more_raises_the_quantity_of_a_subscription() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(25)).withSku(Sku.POWER_BI_PRO, seats(3)).withUser("adele", "US").build();
        t.assign("adele", Sku.POWER_BI_PRO);
        Page page = signedIn(t);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your products").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your products"))).isVisible();
        Locator powerBi = row(page, "Power BI Pro");
        assertThat(powerBi).containsText("Enabled");
        assertThat(powerBi).containsText("1 of 3");
        powerBi.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buy more licenses of Power BI Pro")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Buy more licenses of Power BI Pro"));
        dialog.getByLabel("Number of licenses to add").fill("5");
        Browser.screenshot(page, "your-products-buy-more-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Buy").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("5 licenses of Power BI Pro bought. The subscription now has 8.");
        assertThat(row(page, "Power BI Pro")).containsText("1 of 8");
        Browser.screenshot(page, "your-products-bought");
        assertThat(quantity(t, Sku.POWER_BI_PRO)).isEqualTo(8);
        assertThat(quantity(t, Sku.E3)).isEqualTo(25);
    }

    @Test
    void removing_licenses_below_what_is_assigned_is_refused_then_accepted_when_they_fit() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withUser("adele", "US").withUser("alex", "US").withUser("megan", "US")
                .build();
        t.assign("adele", Sku.E3);
        t.assign("alex", Sku.E3);
        t.assign("megan", Sku.E3);
        Page page = signedIn(t);
        page.navigate("/billing/products");

        row(page, "Office 365 E3").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove licenses of Office 365 E3")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Remove licenses of Office 365 E3"));
        assertThat(dialog).containsText("3 licenses of the product are assigned");
        dialog.getByLabel("Number of licenses to remove").fill("4");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove").setExact(true)).click();

        Locator message = page.locator(".flash-area .message.error");
        assertThat(message).containsText("No licenses were removed");
        assertThat(message).containsText("3 licenses of Office 365 E3 are assigned, and removing 4 would leave 1 usable. Unassign at least 2 licenses first");
        Browser.screenshot(page, "your-products-remove-refused");
        assertThat(quantity(t, Sku.E3)).isEqualTo(5);
        assertThat(row(page, "Office 365 E3")).containsText("3 of 5");

        row(page, "Office 365 E3").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove licenses of Office 365 E3")).click();
        dialog.getByLabel("Number of licenses to remove").fill("2");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove").setExact(true)).click();

        assertThat(page.locator(".flash-area .message.success")).containsText("2 licenses of Office 365 E3 removed. The subscription now has 3.");
        assertThat(row(page, "Office 365 E3")).containsText("3 of 3");
        Browser.screenshot(page, "your-products-removed");
        assertThat(quantity(t, Sku.E3)).isEqualTo(3);
    }
}
