package dev.allot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.AllotApplication;

/** The demo organization a newcomer meets at the first start. */
class DemoOrganizationTest {

    static ConfigurableApplicationContext server;
    static JdbcClient jdbc;

    @BeforeAll
    static void startWithDemo() throws Exception {
        server = new SpringApplicationBuilder(AllotApplication.class).run("--server.port=0",
                "--allot.data-dir=" + Files.createTempDirectory("allot-demo"), "--allot.database.embedded-unsafe-fast=true",
                "--logging.level.root=WARN");
        jdbc = server.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void contoso_has_about_sixty_people_in_several_countries_and_a_few_without_a_usage_location() {
        assertThat(jdbc.sql("select display_name, default_usage_location from tenant").query((rs, i) -> rs.getString(1) + "/" + rs.getString(2))
                .single()).isEqualTo("Contoso/US");
        assertThat(count("select count(*) from directory_user")).isBetween(55, 65);
        assertThat(count("select count(distinct usage_location) from directory_user")).isGreaterThanOrEqualTo(8);
        assertThat(count("select count(*) from directory_user where usage_location is null")).isBetween(2, 6);
    }

    @Test
    void contoso_has_department_groups_with_members() {
        Map<String, Integer> members = new java.util.HashMap<>();
        jdbc.sql("select g.display_name, count(m.user_id) from directory_group g left join group_member m using (tenant_id, group_id) group by 1")
                .query(rs -> {
                    members.put(rs.getString(1), rs.getInt(2));
                });
        assertThat(members).containsKeys("Sales", "Engineering", "Finance");
        assertThat(members.get("Sales")).isPositive();
    }

    @Test
    void contoso_subscribes_to_real_microsoft_products_with_some_seats_taken() {
        assertThat(units("ENTERPRISEPACK")).containsEntry("enabled", 25);
        assertThat(units("ENTERPRISEPACK").get("consumed")).isBetween(1, 24);
        assertThat(units("SPE_E5")).containsEntry("enabled", 10);
        assertThat(units("EXCHANGESTANDARD")).containsEntry("enabled", 10);
        assertThat(units("EXCHANGEARCHIVE_ADDON")).containsEntry("enabled", 5);
        assertThat(units("MCOPSTN1")).containsEntry("enabled", 5);
        assertThat(units("MCOPSTN1").get("consumed")).isPositive();
        Map<String, Integer> powerBi = units("POWER_BI_PRO");
        assertThat(powerBi.get("consumed")).as("every Power BI Pro seat is used").isEqualTo(powerBi.get("enabled")).isPositive();
    }

    @Test
    void one_subscription_is_expired_and_in_its_grace_period() {
        assertThat(count("select count(*) from subscription where status = 'Warning' and end_date < now()")).isEqualTo(1);
    }

    @Test
    void the_seat_counters_match_the_seats_held() {
        assertThat(count("""
                select count(*) from tenant_sku t
                 where consumed_units <> (select count(*) from user_license l where l.tenant_id = t.tenant_id and l.sku_id = t.sku_id)
                """)).isZero();
    }

    private static int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private static Map<String, Integer> units(String partNumber) {
        return jdbc.sql("select enabled_units, warning_units, consumed_units from tenant_sku where sku_part_number = ?").param(partNumber)
                .query((rs, i) -> Map.of("enabled", rs.getInt(1), "warning", rs.getInt(2), "consumed", rs.getInt(3))).single();
    }
}
