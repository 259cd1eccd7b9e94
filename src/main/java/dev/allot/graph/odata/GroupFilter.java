package dev.allot.graph.odata;

import static dev.allot.graph.odata.FilterProperty.bool;
import static dev.allot.graph.odata.FilterProperty.exactText;
import static dev.allot.graph.odata.FilterProperty.guid;
import static dev.allot.graph.odata.FilterProperty.text;

import java.util.List;
import java.util.Map;

import dev.allot.directory.SqlCondition;

/** {@code $filter} over groups, as SQL on directory_group aliased {@code g}. */
public final class GroupFilter {

    static final String HELP = "Supported: eq, ne, startswith() on displayName and mailNickname, in, and, or, not, hasMembersWithLicenseErrors eq true.";

    private static final FilterVocabulary GROUPS = new FilterVocabulary("groups", List.of(
            text("displayName", "g.display_name"), text("mailNickname", "g.mail_nickname"), exactText("description", "g.description"),
            bool("securityEnabled", "g.security_enabled"), bool("mailEnabled", "g.mail_enabled"), guid("id", "g.group_id"),
            bool("hasMembersWithLicenseErrors", "exists (select 1 from license_assignment e where e.tenant_id = g.tenant_id"
                    + " and e.source_group_id = g.group_id and e.state = 'Error')")),
            Map.of(), HELP);

    private GroupFilter() {
    }

    /** The condition the filter asks for; no filter (null) matches every group. */
    public static SqlCondition toSql(String filter) {
        return FilterTranslator.toSql(filter, GROUPS);
    }
}
