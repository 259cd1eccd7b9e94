package dev.allot.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
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
import dev.allot.directory.domain.User;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Browser;
import dev.allot.testing.Fixtures;
import dev.allot.testing.TestTenant;

/** Groups: a new group, Add members found by name, and Remove a member after confirming. */
@AllotTest
class GroupsBrowserTest {

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

    @Test
    void an_admin_creates_a_group_adds_two_members_and_removes_one() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").withUser("alex", "US").withUser("megan", "US").build();
        Page page = browser.newPage();
        Browser.signIn(page, t.adminSignIn, t.adminPassword);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groups").setExact(true)).click();
        assertThat(page.getByText("Your organization has no groups yet.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New group")).click();
        Locator create = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New group"));
        create.getByLabel("Name").fill("Sales");
        create.getByLabel("Description").fill("The sales team");
        create.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create group")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sales").setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Group Sales created");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add members")).click();
        Locator add = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Add members"));
        Locator find = add.getByLabel("Find users by name");
        find.fill("a");
        assertThat(add.getByRole(AriaRole.STATUS)).containsText("2 users found");
        add.getByLabel("Adele").check();
        find.fill("al");
        assertThat(add.getByRole(AriaRole.STATUS)).containsText("1 user found");
        add.getByLabel("Alex").check();
        assertThat(add.getByLabel("Adele")).isChecked();
        Browser.screenshot(page, "groups-add-members-dialog");
        add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 members added to Sales: Adele, Alex.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members (2)"))).isVisible();
        UUID groupId = directory.groups(t.id, Fixtures.ADMIN, dev.allot.directory.SqlCondition.NONE, null, null, 10).get(0).id();
        assertThat(directory.members(t.id, Fixtures.ADMIN, groupId, null, null, 10)).extracting(User::displayName).containsExactly("Adele", "Alex");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Alex").setExact(true)).click();
        Locator confirm = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Remove Alex from Sales?"));
        assertThat(confirm).isVisible();
        confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Alex removed from Sales.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Members (1)"))).isVisible();
        assertThat(page.locator("table.data tbody")).not().containsText("Alex");
        Browser.screenshot(page, "groups-member-removed");
        assertThat(directory.members(t.id, Fixtures.ADMIN, groupId, null, null, 10)).extracting(User::displayName).containsExactly("Adele");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Groups").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Sales"))).containsText("The sales team");
        page.getByLabel("Search groups").fill("sal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sales"))).isVisible();
        page.getByLabel("Search groups").fill("zzz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search").setExact(true)).click();
        assertThat(page.getByText("No groups match.")).isVisible();
        Browser.screenshot(page, "groups-list");
    }
}
