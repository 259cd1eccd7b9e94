package dev.allot.graph.odata;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import dev.allot.directory.SqlCondition;
import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Sku;

/**
 * At 100,000 users in one organization, a filter that picks out few users is answered from an index, never by
 * reading the whole organization. (For a value that many users share, walking the display-name index until the
 * page is full is cheaper, and the planner rightly does that.) The queries have the shape of UserStore's
 * (filter, keyset, order, limit) and carry their values as parameters, as the API sends them.
 */
@AllotTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserFilterPlansTest {

    private static final String PAGE = "select u.* from directory_user u where u.tenant_id = :tenant and u.deleted_at is null and (%s)"
            + " order by %s limit 101";

    @Autowired
    Fixtures fixtures;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    UUID tenant;

    @BeforeAll
    void an_organization_with_100000_users() {
        tenant = fixtures.aTenant().withSku(Sku.E3, 10).build().id;
        jdbc.update("""
                insert into directory_user (tenant_id, user_id, user_principal_name, display_name, given_name, surname, mail, mail_nickname,
                                            department, job_title, company_name, usage_location, account_enabled)
                select :tenant, gen_random_uuid(), 'user' || i || '@big.test', 'User ' || lpad(i::text, 6, '0'), 'Given' || i,
                       'Surname' || i, 'user' || i || '@big.test', 'user' || i, 'Department ' || (i % 500), 'Title ' || (i % 1000),
                       'Company ' || (i % 200), case when i % 5000 = 0 then 'RO' when i % 100 = 0 then 'GB' else 'US' end, i % 1000 <> 0
                  from generate_series(1, 100000) i
                """, Map.of("tenant", tenant));
        jdbc.getJdbcTemplate().execute("analyze directory_user");
    }

    @Test
    void a_selective_filter_on_any_property_is_answered_from_an_index() {
        Map<String, String> indexByFilter = Map.ofEntries(
                entry("startswith(displayName,'User 0123')", "directory_user_by_display_name_prefix"),
                entry("displayName eq 'user 012345'", "directory_user_by_display_name_prefix"),
                entry("startswith(userPrincipalName,'USER1234')", "directory_user_by_upn_prefix"),
                entry("userPrincipalName eq 'User77@big.test'", "upn"),
                entry("mail eq 'user5@big.test'", "directory_user_by_mail"),
                entry("startswith(mail,'user7777')", "directory_user_by_mail_prefix"),
                entry("givenName eq 'Given77'", "directory_user_by_given_name"),
                entry("startswith(surname,'Surname7777')", "directory_user_by_surname"),
                entry("mailNickname eq 'user9'", "directory_user_by_mail_nickname"),
                entry("department eq 'Department 7'", "directory_user_by_department"),
                entry("jobTitle eq 'Title 7'", "directory_user_by_job_title"),
                entry("companyName eq 'Company 7'", "directory_user_by_company_name"),
                entry("usageLocation eq 'ro'", "directory_user_by_usage_location"),
                entry("mailNickname in ('user1', 'user2')", "directory_user_by_mail_nickname"),
                entry("department in ('Department 7', 'Department 8', 'Department 9')", "directory_user_by_department"),
                entry("accountEnabled eq false", "directory_user_disabled"),
                entry("id eq " + UUID.randomUUID(), "directory_user_pkey"),
                entry("accountEnabled eq false and assignedLicenses/$count ne 0", "user_license"),
                entry("assignedLicenses/any(x:x/skuId eq " + Sku.E3.id + ")", "user_license"));

        indexByFilter.forEach((filter, index) -> {
            String plan = plan(UserFilter.toSql(filter), "u.display_name, u.user_id");
            assertThat(plan).as(filter + "\n" + plan).contains(index).doesNotContain("Seq Scan on directory_user");
        });
    }

    @Test
    void pages_in_user_principal_name_order_come_from_an_index_without_sorting() {
        SqlCondition afterAPosition = new SqlCondition("(lower(u.user_principal_name), u.user_id) > (:afterValue, :afterId)",
                Map.of("afterValue", "user5@big.test", "afterId", UUID.randomUUID()));

        String plan = plan(afterAPosition, "lower(u.user_principal_name), u.user_id");

        assertThat(plan).contains("directory_user_by_upn_order").doesNotContain("Sort").doesNotContain("Seq Scan");
    }

    private String plan(SqlCondition condition, String order) {
        Map<String, Object> params = new HashMap<>(condition.params());
        params.put("tenant", tenant);
        return String.join("\n", jdbc.queryForList("explain " + PAGE.formatted(condition.sql(), order), params, String.class));
    }
}
