package dev.allot.graph.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.allot.directory.SqlCondition;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

class GroupFilterTest {

    @Test
    void no_filter_matches_every_group() {
        assertThat(GroupFilter.toSql(null)).isSameAs(SqlCondition.NONE);
    }

    @Test
    void group_properties_map_to_their_columns() {
        UUID id = UUID.randomUUID();
        SqlCondition sql = GroupFilter.toSql("displayName eq 'Sales' and mailNickname ne 'x' and description eq null"
                + " and securityEnabled eq true and mailEnabled eq false and id eq " + id);

        assertThat(sql.sql()).isEqualTo("(((((lower(g.display_name) = lower(:f1) and (g.mail_nickname is null or lower(g.mail_nickname) <> lower(:f2)))"
                + " and g.description is null) and g.security_enabled = :f3) and g.mail_enabled = :f4) and g.group_id = :f5)");
        assertThat(sql.params()).containsOnly(entry("f1", "Sales"), entry("f2", "x"), entry("f3", true), entry("f4", false), entry("f5", id));
    }

    @Test
    void startswith_works_on_display_name_and_mail_nickname() {
        assertThat(GroupFilter.toSql("startswith(displayName,'Sa') or startswith(mailNickname,'sa')").sql())
                .isEqualTo("(lower(g.display_name) like (lower(:f1) || '%') escape '\\' or lower(g.mail_nickname) like (lower(:f2) || '%') escape '\\')");
    }

    @Test
    void startswith_on_the_description_is_refused_naming_where_it_works() {
        assertRefused("startswith(description,'x')", ErrorCode.UNSUPPORTED_QUERY,
                "startswith() on 'description' at position 1. startswith() works on: displayName, mailNickname. " + GroupFilter.HELP);
    }

    @Test
    void groups_have_no_license_collection_to_filter_on() {
        assertRefused("assignedLicenses/$count eq 0", ErrorCode.UNSUPPORTED_QUERY,
                "'assignedLicenses' is not a collection that can be filtered on at position 1. Filterable properties of groups: "
                        + "displayName, mailNickname, description, securityEnabled, mailEnabled, id, hasMembersWithLicenseErrors. " + GroupFilter.HELP);
    }

    @Test
    void a_user_property_is_not_a_group_property() {
        assertRefused("userPrincipalName eq 'x'", ErrorCode.UNSUPPORTED_QUERY, "property 'userPrincipalName' cannot be filtered on");
    }

    private static void assertRefused(String filter, ErrorCode code, String message) {
        assertThatThrownBy(() -> GroupFilter.toSql(filter))
                .isInstanceOf(AllotException.class)
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(code))
                .hasMessageContaining(message);
    }
}
