package dev.allot.graph.odata;

import static dev.allot.graph.odata.FilterProperty.bool;
import static dev.allot.graph.odata.FilterProperty.guid;

import java.util.List;
import java.util.Map;

import dev.allot.directory.SqlCondition;
import dev.allot.directory.UserStore;
import dev.allot.directory.domain.UserProperty;

/** {@code $filter} over users, as SQL on directory_user aliased {@code u}. */
public final class UserFilter {

    static final String HELP = "Supported: eq, ne, startswith(), in, and, or, not, assignedLicenses/any(x:x/skuId eq <guid>), "
            + "assignedLicenses/$count eq 0 (or ne 0, gt 0).";

    private static final FilterVocabulary USERS = new FilterVocabulary("users", List.of(
            text(UserProperty.userPrincipalName), text(UserProperty.mail), text(UserProperty.displayName),
            text(UserProperty.givenName), text(UserProperty.surname), text(UserProperty.usageLocation),
            text(UserProperty.department), text(UserProperty.jobTitle), text(UserProperty.companyName),
            text(UserProperty.mailNickname), bool("accountEnabled", column(UserProperty.accountEnabled)), guid("id", "u.user_id")),
            Map.of("assignedLicenses", new AssignedLicensesFilter(HELP)), HELP);

    private UserFilter() {
    }

    /** The condition the filter asks for; no filter (null) matches every user. */
    public static SqlCondition toSql(String filter) {
        return FilterTranslator.toSql(filter, USERS);
    }

    private static FilterProperty text(UserProperty property) {
        return FilterProperty.text(property.name(), column(property));
    }

    private static String column(UserProperty property) {
        return "u." + UserStore.column(property);
    }
}
