package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

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
import dev.allot.testing.TestTenant;

/** A page that cannot be shown says so in the admin center's words, with the way back; never JSON or a stack trace. */
@AllotTest
class AdminCenterErrorPagesTest {

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
    void another_organizations_group_is_a_not_found_page() {
        TestTenant mine = fixtures.aTenant().build();
        Page page = browser.newPage();
        Browser.signIn(page, mine.adminSignIn, mine.adminPassword);

        page.navigate("/groups/" + UUID.randomUUID());

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Go to Home"))).isVisible();
        assertThat(page.locator("body")).not().containsText("\"status\"");
        Browser.screenshot(page, "error-page-not-found");
    }

    @Test
    void an_unknown_page_is_a_not_found_page_in_the_admins_language() {
        TestTenant mine = fixtures.aTenant().build();
        Page page = browser.newPage("de-DE");
        Browser.signIn(page, mine.adminSignIn, mine.adminPassword);

        page.navigate("/no-such-page");

        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("html")).hasAttribute("lang", "de");
    }
}
