package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.allot.testing.Fixtures.seats;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

@AllotTest
class SignInBrowserTest {

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

    @Test
    void an_admin_signs_in_and_sees_the_organization_with_its_products() {
        TestTenant t = fixtures.aTenant().named("Fabrikam").withSku(Sku.E3, seats(25)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);
        Page page = browser.newPage();

        page.navigate("/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/signin$"));
        Browser.signIn(page, t.adminSignIn, t.adminPassword);

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING, new Page.GetByRoleOptions().setName("Fabrikam"))).isVisible();
        assertThat(page.getByText("Office 365 E3")).isVisible();
        assertThat(page.getByText("1 assigned, 24 available")).isVisible();
        Browser.screenshot(page, "home");
    }

    @Test
    void a_wrong_password_is_refused_with_a_plain_message() {
        TestTenant t = fixtures.aTenant().build();
        Page page = browser.newPage();

        page.navigate("/signin");
        page.locator("#username").fill(t.adminSignIn);
        page.locator("#password").fill("wrong password");
        page.locator("form[action$='/signin'] button[type=submit]").click();

        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT)).containsText("don't match");
        Browser.screenshot(page, "signin-refused");
    }
}
