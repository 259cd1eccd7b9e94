package dev.allot.graph.odata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.DirectoryService.GroupDraft;
import dev.allot.directory.domain.Group;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.TestTenant;

/** Group filters run as SQL against the real schema, through the store's paging query. */
@AllotTest
class GroupFilterSqlTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DirectoryService directory;

    @Test
    void each_group_property_filters_the_organizations_groups() {
        TestTenant t = fixtures.aTenant().build();
        Group sales = directory.createGroup(t.id, Fixtures.ADMIN, new GroupDraft("Sales Team", "Everyone selling", "sales", true, false));
        directory.createGroup(t.id, Fixtures.ADMIN, new GroupDraft("Engineering", null, "eng", false, true));
        directory.createGroup(fixtures.aTenant().build().id, Fixtures.ADMIN, new GroupDraft("Sales Team", null, "sales", true, false));

        assertThat(groups(t, "displayName eq 'sales team'")).containsExactly("Sales Team");
        assertThat(groups(t, "startswith(displayName,'ENG') or startswith(mailNickname,'sal')")).containsExactly("Engineering", "Sales Team");
        assertThat(groups(t, "mailNickname in ('eng', 'other')")).containsExactly("Engineering");
        assertThat(groups(t, "description eq null")).containsExactly("Engineering");
        assertThat(groups(t, "description ne 'Everyone selling'")).containsExactly("Engineering");
        assertThat(groups(t, "securityEnabled eq true")).containsExactly("Engineering");
        assertThat(groups(t, "mailEnabled eq true and not(securityEnabled eq true)")).containsExactly("Sales Team");
        assertThat(groups(t, "id eq " + sales.id())).containsExactly("Sales Team");
    }

    private List<String> groups(TestTenant t, String filter) {
        return directory.groups(t.id, Fixtures.ADMIN, GroupFilter.toSql(filter), null, null, 100).stream().map(Group::displayName).toList();
    }
}
