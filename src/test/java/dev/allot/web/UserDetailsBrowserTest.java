package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.allot.billing.ProductSummaries;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.domain.User;
import dev.allot.error.AllotException;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** Add a user, Edit user and Delete user, from Active users and its pane. */
@AllotTest
class UserDetailsBrowserTest {

    static Browser browser;

    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;
    @Autowired
    ProductSummaries products;

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

    private static Locator openPane(Page page, String displayName) {
        page.navigate("/users");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(displayName)).click();
        Locator pane = page.locator("#pane");
        assertThat(pane.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(displayName))).isVisible();
        return pane;
    }

    @Test
    void an_admin_sets_a_users_usage_location_and_a_refused_field_keeps_everything_typed() {
        TestTenant t = fixtures.aTenant().withUser("kofi", null).build();
        Page page = signedIn(t);

        Locator pane = openPane(page, "Kofi");
        pane.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Edit user")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Edit Kofi"))).isVisible();
        page.getByLabel("Display name").fill("");
        page.getByLabel("Department").fill("Sales");
        page.getByLabel("Usage location").selectOption("GB");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("Enter a display name.");
        assertThat(alert).isFocused();
        assertThat(page.getByLabel("Display name")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Department")).hasValue("Sales");
        assertThat(page.getByLabel("Usage location")).hasValue("GB");
        Browser.screenshot(page, "edit-user-refused");

        page.getByLabel("Display name").fill("Kofi Annan");
        page.getByText("Block the user from signing in").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save changes")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your changes to Kofi Annan were saved.");
        assertThat(page.locator("#pane")).containsText("GB");
        assertThat(page.locator("#pane")).containsText("Blocked");
        Browser.screenshot(page, "edit-user-saved");
        User kofi = directory.user(t.id, t.user("kofi"));
        assertThat(kofi.usageLocation()).isEqualTo("GB");
        assertThat(kofi.displayName()).isEqualTo("Kofi Annan");
        assertThat(kofi.department()).isEqualTo("Sales");
        assertThat(kofi.accountEnabled()).isFalse();
    }

    @Test
    void an_admin_adds_a_user_and_lands_on_the_new_users_pane() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();
        Page page = signedIn(t);

        page.navigate("/users");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a user")).click();
        page.getByLabel("First name").fill("Megan");
        page.getByLabel("Last name").fill("Bowen");
        page.getByLabel("Display name").fill("Megan Bowen");
        page.getByLabel("Username").fill("megan at " + t.domain);
        page.getByLabel("Usage location").selectOption("RO");
        page.getByLabel("Job title").fill("Marketing Manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Enter the username as alias@domain");
        assertThat(page.getByLabel("Job title")).hasValue("Marketing Manager");
        page.getByLabel("Username").fill(t.upn("adele"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Another user already has this username");
        page.getByLabel("Username").fill("megan@" + t.domain);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add user")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Megan Bowen was added.");
        Locator pane = page.locator("#pane");
        assertThat(pane.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Megan Bowen"))).isVisible();
        assertThat(pane).containsText("megan@" + t.domain);
        Browser.screenshot(page, "add-user");
        User megan = directory.user(t.id, "megan@" + t.domain);
        assertThat(megan.usageLocation()).isEqualTo("RO");
        assertThat(megan.givenName()).isEqualTo("Megan");
        assertThat(megan.surname()).isEqualTo("Bowen");
        assertThat(megan.jobTitle()).isEqualTo("Marketing Manager");
        assertThat(megan.accountEnabled()).isTrue();
    }

    @Test
    void deleting_a_user_says_their_licenses_are_available_again() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(5)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);
        t.assign("adele", Sku.POWER_BI_PRO);
        Page page = signedIn(t);

        Locator pane = openPane(page, "Adele");
        pane.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete user")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Delete Adele?");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete user")).click();

        Locator status = page.getByRole(AriaRole.STATUS);
        assertThat(status).hasText("Adele was deleted. Their licenses (Office 365 E3, Power BI Pro) are available to assign to someone else.");
        assertThat(status).isFocused();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adele"))).hasCount(0);
        Browser.screenshot(page, "delete-user");
        assertThatThrownBy(() -> directory.user(t.id, t.user("adele"))).isInstanceOf(AllotException.class);
        assertThat(products.one(t.id, Fixtures.ADMIN, Sku.E3.id).orElseThrow().seats().available()).isEqualTo(5);
        assertThat(products.one(t.id, Fixtures.ADMIN, Sku.POWER_BI_PRO.id).orElseThrow().seats().available()).isEqualTo(5);
    }
}
