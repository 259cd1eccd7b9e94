package dev.allot.graph.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.allot.directory.SqlCondition;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

class UserFilterTest {

    private static final UUID E3 = UUID.fromString("6fd2c87f-b296-42f0-b197-1e91e994b900");
    private static final String HELD = "select 1 from user_license l where l.tenant_id = u.tenant_id and l.user_id = u.user_id";

    @Test
    void no_filter_matches_every_user() {
        assertThat(UserFilter.toSql(null)).isSameAs(SqlCondition.NONE);
    }

    @Test
    void text_equality_ignores_case_like_graph_and_the_value_is_a_named_parameter() {
        SqlCondition sql = UserFilter.toSql("displayName eq 'Adele Vance'");

        assertThat(sql.sql()).isEqualTo("lower(u.display_name) = lower(:f1)");
        assertThat(sql.params()).containsOnly(entry("f1", "Adele Vance"));
    }

    @Test
    void every_filterable_user_property_maps_to_its_column() {
        List<String> properties = List.of("userPrincipalName", "mail", "displayName", "givenName", "surname", "usageLocation",
                "department", "jobTitle", "companyName", "mailNickname");
        List<String> columns = List.of("user_principal_name", "mail", "display_name", "given_name", "surname", "usage_location",
                "department", "job_title", "company_name", "mail_nickname");
        for (int i = 0; i < properties.size(); i++) {
            assertThat(UserFilter.toSql(properties.get(i) + " eq 'x'").sql()).isEqualTo("lower(u." + columns.get(i) + ") = lower(:f1)");
        }
        assertThat(UserFilter.toSql("accountEnabled eq false").sql()).isEqualTo("u.account_enabled = :f1");
        assertThat(UserFilter.toSql("accountEnabled eq false").params()).containsOnly(entry("f1", false));
        assertThat(UserFilter.toSql("id eq " + E3).sql()).isEqualTo("u.user_id = :f1");
    }

    @Test
    void property_names_are_matched_ignoring_case() {
        assertThat(UserFilter.toSql("DISPLAYNAME eq 'x'").sql()).isEqualTo("lower(u.display_name) = lower(:f1)");
    }

    @Test
    void client_text_never_becomes_sql_whatever_it_contains() {
        for (String attack : List.of("x') or 1=1 --", "'; drop table directory_user; --", "x\\' or true", "%' or '1'='1")) {
            String quoted = "'" + attack.replace("'", "''") + "'";
            SqlCondition sql = UserFilter.toSql("displayName eq " + quoted + " or startswith(mail," + quoted + ")");

            assertThat(sql.sql()).isEqualTo("(lower(u.display_name) = lower(:f1) or lower(u.mail) like (lower(:f2) || '%') escape '\\')");
            assertThat(sql.params()).containsEntry("f1", attack);
        }
    }

    @Test
    void ne_also_matches_users_who_have_no_value_as_odata_does() {
        SqlCondition sql = UserFilter.toSql("mail ne 'adele@contoso.com'");

        assertThat(sql.sql()).isEqualTo("(u.mail is null or lower(u.mail) <> lower(:f1))");
    }

    @Test
    void comparing_with_null_asks_whether_the_value_is_missing() {
        assertThat(UserFilter.toSql("mail eq null").sql()).isEqualTo("u.mail is null");
        assertThat(UserFilter.toSql("mail ne null").sql()).isEqualTo("u.mail is not null");
        assertThat(UserFilter.toSql("mail eq null").params()).isEmpty();
    }

    @Test
    void startswith_ignores_case_and_escapes_like_wildcards_in_the_text() {
        SqlCondition sql = UserFilter.toSql("startswith(displayName,'50%_off\\')");

        assertThat(sql.sql()).isEqualTo("lower(u.display_name) like (lower(:f1) || '%') escape '\\'");
        assertThat(sql.params()).containsOnly(entry("f1", "50\\%\\_off\\\\"));
    }

    @Test
    void in_compares_with_each_value_ignoring_case() {
        SqlCondition sql = UserFilter.toSql("usageLocation in ('US','gb')");

        assertThat(sql.sql()).isEqualTo("lower(u.usage_location) in (lower(:f1), lower(:f2))");
        assertThat(sql.params()).containsOnly(entry("f1", "US"), entry("f2", "gb"));
    }

    @Test
    void an_id_may_be_written_as_a_bare_or_a_quoted_guid() {
        assertThat(UserFilter.toSql("id eq " + E3).params()).containsOnly(entry("f1", E3));
        assertThat(UserFilter.toSql("id eq '" + E3 + "'").params()).containsOnly(entry("f1", E3));
        assertThat(UserFilter.toSql("id in ('" + E3 + "', " + E3 + ")").params()).containsOnly(entry("f1", E3), entry("f2", E3));
    }

    @Test
    void and_and_or_keep_their_grouping_and_not_treats_a_missing_value_as_false() {
        SqlCondition sql = UserFilter.toSql("not (department eq 'Sales' or jobTitle eq 'CEO') and accountEnabled eq true");

        assertThat(sql.sql()).isEqualTo("(not coalesce((lower(u.department) = lower(:f1) or lower(u.job_title) = lower(:f2)), false)"
                + " and u.account_enabled = :f3)");
    }

    @Test
    void holding_a_product_is_an_exists_on_the_users_seats() {
        SqlCondition sql = UserFilter.toSql("assignedLicenses/any(x:x/skuId eq " + E3 + ")");

        assertThat(sql.sql()).isEqualTo("exists (" + HELD + " and l.sku_id = :f1)");
        assertThat(sql.params()).containsOnly(entry("f1", E3));
        assertThat(UserFilter.toSql("assignedLicenses/any(s:s/SkuId eq '" + E3 + "')").params()).containsOnly(entry("f1", E3));
    }

    @Test
    void a_license_count_of_zero_or_more_than_zero_is_a_not_exists_or_an_exists() {
        assertThat(UserFilter.toSql("assignedLicenses/$count eq 0").sql()).isEqualTo("not exists (" + HELD + ")");
        assertThat(UserFilter.toSql("assignedLicenses/$count ne 0").sql()).isEqualTo("exists (" + HELD + ")");
        assertThat(UserFilter.toSql("assignedLicenses/$count gt 0").sql()).isEqualTo("exists (" + HELD + ")");
    }

    // ---- refusals

    @Test
    void filtering_by_an_unknown_property_is_a_400_that_lists_the_supported_ones() {
        assertRefused("favouriteColour eq 'blue'", ErrorCode.UNSUPPORTED_QUERY,
                "Unsupported $filter: property 'favouriteColour' cannot be filtered on at position 1. Filterable properties of users: "
                        + "userPrincipalName, mail, displayName, givenName, surname, usageLocation, department, jobTitle, companyName, "
                        + "mailNickname, accountEnabled, id. " + UserFilter.HELP);
        assertRefused("mobilePhone eq '+1 555'", ErrorCode.UNSUPPORTED_QUERY, "property 'mobilePhone' cannot be filtered on");
        assertRefused("manager/displayName eq 'x'", ErrorCode.UNSUPPORTED_QUERY, "property 'manager/displayName' cannot be filtered on");
    }

    @Test
    void an_operator_other_than_eq_or_ne_on_a_property_is_a_400_naming_both() {
        assertRefused("displayName gt 'A'", ErrorCode.UNSUPPORTED_QUERY,
                "Unsupported $filter: operator 'gt' on 'displayName' at position 13. Supported: eq, ne, startswith(), in, and, or, not, "
                        + "assignedLicenses/any(x:x/skuId eq <guid>), assignedLicenses/$count eq 0 (or ne 0, gt 0).");
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_showing_how_to_write_it() {
        assertRefused("accountEnabled eq 'yes'", ErrorCode.BAD_REQUEST,
                "'accountEnabled' holds true or false, so it cannot be compared with 'yes'; write it as accountEnabled eq true at position 19");
        assertRefused("displayName eq 42", ErrorCode.BAD_REQUEST, "'displayName' holds text, so it cannot be compared with 42; "
                + "write it as displayName eq 'Adele'");
        assertRefused("id eq 'not-a-guid'", ErrorCode.BAD_REQUEST, "'id' holds a GUID, so it cannot be compared with 'not-a-guid'");
        assertRefused("department in ('Sales', null)", ErrorCode.BAD_REQUEST,
                "cannot be compared with null (to match a missing value, use department eq null)");
    }

    @Test
    void startswith_on_a_property_that_is_not_text_is_refused_naming_those_it_works_on() {
        assertRefused("startswith(accountEnabled,'t')", ErrorCode.UNSUPPORTED_QUERY,
                "startswith() on 'accountEnabled' at position 1. startswith() works on: userPrincipalName, mail, displayName,");
        assertRefused("startswith(displayName, true)", ErrorCode.BAD_REQUEST, "'displayName' holds text, so it cannot be compared with true");
    }

    @Test
    void a_collection_used_as_a_plain_property_is_refused_with_how_to_filter_on_it() {
        assertRefused("assignedLicenses eq 'E3'", ErrorCode.UNSUPPORTED_QUERY,
                "'assignedLicenses' is a collection at position 1. Filter on it with assignedLicenses/any(x:x/skuId eq <guid>)");
        assertRefused("memberOf/$count eq 0", ErrorCode.UNSUPPORTED_QUERY, "'memberOf' is not a collection that can be filtered on");
        assertRefused("memberOf/any(x:x/id eq " + E3 + ")", ErrorCode.UNSUPPORTED_QUERY, "'memberOf' is not a collection");
    }

    @Test
    void only_the_documented_skuid_condition_is_answered_inside_any() {
        assertRefused("assignedLicenses/any(x:x/skuId ne " + E3 + ")", ErrorCode.UNSUPPORTED_QUERY,
                "this condition inside assignedLicenses/any() (only x/skuId eq <guid> can be asked) at position 32");
        assertRefused("assignedLicenses/any(x:y/skuId eq " + E3 + ")", ErrorCode.UNSUPPORTED_QUERY, "only x/skuId eq <guid>");
        assertRefused("assignedLicenses/any(x:x/disabledPlans eq " + E3 + ")", ErrorCode.UNSUPPORTED_QUERY, "only x/skuId eq <guid>");
        assertRefused("assignedLicenses/any(x:x/skuId eq " + E3 + " or x/skuId eq " + E3 + ")", ErrorCode.UNSUPPORTED_QUERY,
                "only x/skuId eq <guid>");
        assertRefused("assignedLicenses/any(x:x/skuId eq 'E3')", ErrorCode.BAD_REQUEST,
                "skuId is a GUID, so it cannot be compared with 'E3' at position 35");
    }

    @Test
    void only_a_license_count_of_zero_is_answered() {
        assertRefused("assignedLicenses/$count eq 2", ErrorCode.UNSUPPORTED_QUERY,
                "assignedLicenses/$count eq 2 (only eq 0, ne 0 and gt 0 can be asked) at position 25");
        assertRefused("assignedLicenses/$count lt 1", ErrorCode.UNSUPPORTED_QUERY, "only eq 0, ne 0 and gt 0");
        assertRefused("assignedLicenses/$count eq '0'", ErrorCode.UNSUPPORTED_QUERY, "only eq 0, ne 0 and gt 0");
    }

    @Test
    void endswith_is_a_400_that_says_what_is_supported() {
        assertRefused("endswith(mail,'@contoso.com')", ErrorCode.UNSUPPORTED_QUERY,
                "Unsupported $filter: function 'endswith()' at position 1. " + UserFilter.HELP);
    }

    private static void assertRefused(String filter, ErrorCode code, String message) {
        assertThatThrownBy(() -> UserFilter.toSql(filter))
                .isInstanceOf(AllotException.class)
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(code))
                .hasMessageContaining(message);
    }
}
