package dev.allot.graph;

import static dev.allot.graph.UsersListApiTest.names;
import static dev.allot.testing.Fixtures.seats;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.directory.domain.UserProperty;
import dev.allot.testing.AllotTest;
import dev.allot.testing.ApiClient;
import dev.allot.testing.ApiClient.Response;
import dev.allot.testing.Fixtures;
import dev.allot.testing.GraphQuery;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

@AllotTest
class UsersFilterApiTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    @Test
    void text_properties_match_ignoring_case() {
        TestTenant t = contoso();

        assertThat(filtered(t, "userPrincipalName eq '" + t.upn("adele").toUpperCase() + "'")).containsExactly("Adele Vance");
        assertThat(filtered(t, "mail eq 'alex.wilber@CONTOSO.com'")).containsExactly("Alex Wilber");
        assertThat(filtered(t, "displayName eq 'megan bowen'")).containsExactly("Megan Bowen");
        assertThat(filtered(t, "givenName eq 'ADELE'")).containsExactly("Adele Vance");
        assertThat(filtered(t, "surname eq 'wilber'")).containsExactly("Alex Wilber");
        assertThat(filtered(t, "usageLocation eq 'gb'")).containsExactly("Alex Wilber");
        assertThat(filtered(t, "department eq 'sales'")).containsExactly("Adele Vance", "Megan Bowen");
        assertThat(filtered(t, "jobTitle eq 'developer'")).containsExactly("Alex Wilber");
        assertThat(filtered(t, "companyName eq 'fabrikam'")).containsExactly("Megan Bowen");
        assertThat(filtered(t, "mailNickname eq 'AdeleV'")).containsExactly("Adele Vance");
    }

    @Test
    void account_enabled_and_id_match_exactly() {
        TestTenant t = contoso();

        assertThat(filtered(t, "accountEnabled eq false")).containsExactly("Alex Wilber");
        assertThat(filtered(t, "accountEnabled eq true")).containsExactly("Adele Vance", "Megan Bowen");
        assertThat(filtered(t, "id eq '" + t.user("megan") + "'")).containsExactly("Megan Bowen");
        assertThat(filtered(t, "id eq " + t.user("megan"))).containsExactly("Megan Bowen");
    }

    @Test
    void startswith_matches_a_prefix_ignoring_case() {
        TestTenant t = contoso();

        assertThat(filtered(t, "startswith(displayName,'a')")).containsExactly("Adele Vance", "Alex Wilber");
        assertThat(filtered(t, "startsWith(jobTitle,'RETAIL')")).containsExactly("Adele Vance");
        assertThat(filtered(t, "startswith(userPrincipalName,'meg')")).containsExactly("Megan Bowen");
    }

    @Test
    void startswith_takes_percent_and_underscore_literally() {
        TestTenant t = fixtures.aTenant().build();
        t.addUser("half", "US", Map.of(UserProperty.displayName, "50% Off"));
        t.addUser("club", "US", Map.of(UserProperty.displayName, "500 Club"));
        t.addUser("snake", "US", Map.of(UserProperty.displayName, "a_b"));
        t.addUser("acb", "US", Map.of(UserProperty.displayName, "acb"));

        assertThat(filtered(t, "startswith(displayName,'50%')")).containsExactly("50% Off");
        assertThat(filtered(t, "startswith(displayName,'a_')")).containsExactly("a_b");
        assertThat(filtered(t, "startswith(displayName,'%')")).isEmpty();
    }

    @Test
    void a_doubled_quote_finds_a_name_with_a_quote() {
        TestTenant t = fixtures.aTenant().build();
        t.addUser("obrien", "US", Map.of(UserProperty.displayName, "Conan O'Brien"));

        assertThat(filtered(t, "displayName eq 'Conan O''Brien'")).containsExactly("Conan O'Brien");
    }

    @Test
    void in_matches_any_of_the_values() {
        TestTenant t = contoso();

        assertThat(filtered(t, "usageLocation in ('GB', 'ro')")).containsExactly("Alex Wilber");
        assertThat(filtered(t, "department in ('Sales','Engineering')")).containsExactly("Adele Vance", "Alex Wilber", "Megan Bowen");
    }

    @Test
    void ne_and_not_include_users_who_have_no_value() {
        TestTenant t = contoso();

        assertThat(filtered(t, "mail ne 'adele@contoso.com'")).containsExactly("Alex Wilber", "Megan Bowen");
        assertThat(filtered(t, "not(jobTitle eq 'Developer')")).containsExactly("Adele Vance", "Megan Bowen");
        assertThat(filtered(t, "mail eq null")).containsExactly("Megan Bowen");
        assertThat(filtered(t, "not (mail eq null)")).containsExactly("Adele Vance", "Alex Wilber");
    }

    @Test
    void and_or_and_parentheses_combine_conditions() {
        TestTenant t = contoso();

        assertThat(filtered(t, "department eq 'Sales' and usageLocation eq 'US' and startswith(displayName,'M')")).containsExactly("Megan Bowen");
        assertThat(filtered(t, "usageLocation eq 'GB' or companyName eq 'Fabrikam'")).containsExactly("Alex Wilber", "Megan Bowen");
        assertThat(filtered(t, "(usageLocation eq 'GB' or department eq 'Sales') and accountEnabled eq true"))
                .containsExactly("Adele Vance", "Megan Bowen");
    }

    @Test
    void assigned_licenses_find_who_holds_a_product_and_who_holds_none() {
        TestTenant t = contoso();
        t.assign("adele", Sku.E3);
        t.assign("megan", Sku.POWER_BI_PRO);

        assertThat(filtered(t, "assignedLicenses/any(x:x/skuId eq " + Sku.E3.id + ")")).containsExactly("Adele Vance");
        assertThat(filtered(t, "assignedLicenses/$count eq 0")).containsExactly("Alex Wilber");
        assertThat(filtered(t, "assignedLicenses/$count ne 0")).containsExactly("Adele Vance", "Megan Bowen");
        assertThat(filtered(t, "assignedLicenses/any(x:x/skuId eq " + Sku.E5.id + ")")).isEmpty();
    }

    @Test
    void a_license_held_in_another_organization_does_not_count() {
        TestTenant ours = contoso();
        TestTenant theirs = fixtures.aTenant().withSku(Sku.E3, seats(1)).withUser("adele", "US").build();
        theirs.assign("adele", Sku.E3);

        assertThat(filtered(ours, "assignedLicenses/any(x:x/skuId eq " + Sku.E3.id + ")")).isEmpty();
        assertThat(filtered(ours, "assignedLicenses/$count gt 0")).isEmpty();
    }

    @Test
    void filtering_by_an_unknown_property_is_a_400_that_lists_the_supported_ones() {
        Response r = get(contoso(), "shoeSize eq '42'");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("Request_UnsupportedQuery");
        assertThat(r.errorMessage()).isEqualTo("Unsupported $filter: property 'shoeSize' cannot be filtered on at position 1. "
                + "Filterable properties of users: userPrincipalName, mail, displayName, givenName, surname, usageLocation, department, "
                + "jobTitle, companyName, mailNickname, accountEnabled, id. Supported: eq, ne, startswith(), in, and, or, not, "
                + "assignedLicenses/any(x:x/skuId eq <guid>), assignedLicenses/$count eq 0 (or ne 0, gt 0).");
    }

    @Test
    void an_unsupported_operator_or_function_is_a_400_saying_what_is_supported() {
        TestTenant t = contoso();

        Response gt = get(t, "displayName gt 'A'");
        Response endswith = get(t, "endswith(mail,'@contoso.com')");

        assertThat(gt.status()).isEqualTo(400);
        assertThat(gt.errorMessage()).startsWith("Unsupported $filter: operator 'gt' on 'displayName' at position 13. Supported: eq, ne,");
        assertThat(endswith.status()).isEqualTo(400);
        assertThat(endswith.errorMessage()).startsWith("Unsupported $filter: function 'endswith()' at position 1. Supported:");
    }

    @Test
    void a_malformed_filter_is_a_400_saying_where() {
        Response r = get(contoso(), "displayName eq 'Adele");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(r.errorMessage()).startsWith("Invalid $filter: the string starting here is not closed with a quote (') at position 16.");
    }

    @Test
    void sql_injection_attempts_find_nothing_or_are_refused_and_never_fail() {
        TestTenant t = contoso();
        List<String> attempts = List.of(
                "displayName eq 'x'' or ''1''=''1'",
                "displayName eq 'x''; drop table directory_user; --'",
                "displayName eq 'x\\' or true",
                "startswith(displayName,''' or 1=1 --')",
                "displayName eq 'x' or 1 eq 1",
                "displayName eq 'x' or 'a' eq 'a'",
                "displayName eq 'x'; delete from directory_user",
                "displayName eq 'x') or (true",
                "displayName eq 'x' -- comment",
                "u.tenant_id ne null",
                "tenant_id ne null",
                "id eq '00000000-0000-0000-0000-000000000000'' or ''1''=''1'",
                "displayName eq $$x$$",
                "(select 1) eq 1",
                "displayName in ('x') or exists(select 1)",
                "displayName eq 'x' union select * from api_token");
        for (String attempt : attempts) {
            Response r = get(t, attempt);
            assertThat(r.status()).as(attempt + " -> " + r.body()).isIn(200, 400);
            if (r.status() == 200) {
                assertThat(r.json().path("value").isEmpty()).as(attempt).isTrue();
            }
        }
        assertThat(names(api(t).get("/v1.0/users"))).hasSize(3);
    }

    /** Adele, Alex and Megan, with what Graph scripts usually filter on. */
    private TestTenant contoso() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(5)).build();
        t.addUser("adele", "US", Map.ofEntries(entry(UserProperty.displayName, "Adele Vance"), entry(UserProperty.givenName, "Adele"),
                entry(UserProperty.surname, "Vance"), entry(UserProperty.mail, "adele@contoso.com"), entry(UserProperty.department, "Sales"),
                entry(UserProperty.jobTitle, "Retail Manager"), entry(UserProperty.companyName, "Contoso"),
                entry(UserProperty.mailNickname, "adelev")));
        t.addUser("alex", "GB", Map.ofEntries(entry(UserProperty.displayName, "Alex Wilber"), entry(UserProperty.givenName, "Alex"),
                entry(UserProperty.surname, "Wilber"), entry(UserProperty.mail, "Alex.Wilber@contoso.com"),
                entry(UserProperty.department, "Engineering"), entry(UserProperty.jobTitle, "Developer"),
                entry(UserProperty.companyName, "Contoso"), entry(UserProperty.accountEnabled, false)));
        t.addUser("megan", "US", Map.ofEntries(entry(UserProperty.displayName, "Megan Bowen"), entry(UserProperty.givenName, "Megan"),
                entry(UserProperty.surname, "Bowen"), entry(UserProperty.department, "Sales"),
                entry(UserProperty.jobTitle, "Marketing Manager"), entry(UserProperty.companyName, "Fabrikam")));
        return t;
    }

    private List<String> filtered(TestTenant t, String filter) {
        return names(get(t, filter));
    }

    private Response get(TestTenant t, String filter) {
        return api(t).get(GraphQuery.of("/v1.0/users").with("$filter", filter).toString());
    }

    private ApiClient api(TestTenant t) {
        return new ApiClient(port, t.token);
    }
}
