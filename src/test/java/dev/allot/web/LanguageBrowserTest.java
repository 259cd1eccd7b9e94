package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.allot.testing.Fixtures.seats;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** The admin center speaks the browser's language, and the admin can switch on any page. */
@AllotTest
class LanguageBrowserTest {

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
    void a_swedish_browser_gets_swedish_pages_with_swedish_numbers() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(1500)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);
        Page page = browser.newPage("sv-SE");

        page.navigate("/signin");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        Browser.signIn(page, t.adminSignIn, t.adminPassword);

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aktiva användare"))).isVisible();
        assertThat(page.getByText("Tilldelade: 1, tillgängliga: 1\u00a0499")).isVisible();
        Browser.screenshot(page, "language-swedish-home");
    }

    @Test
    void the_admin_switches_language_on_a_page_and_it_stays_switched() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        Page page = browser.newPage("en-US");
        Browser.signIn(page, t.adminSignIn, t.adminPassword);
        page.navigate("/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Active users"))).isVisible();

        page.getByLabel("Language").selectOption("de");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Aktive Benutzer"))).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aktive Benutzer"))).isVisible();
        Browser.screenshot(page, "language-switched-to-german");
        page.getByLabel("Sprache").selectOption("ro");
        assertThat(page.locator("html")).hasAttribute("lang", "ro");
    }
}
