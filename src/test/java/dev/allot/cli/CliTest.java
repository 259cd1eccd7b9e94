package dev.allot.cli;

import static dev.allot.testing.Fixtures.seats;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.allot.testing.AllotTest;
import dev.allot.testing.Fixtures;
import dev.allot.testing.Plan;
import dev.allot.testing.Sku;
import dev.allot.testing.TestTenant;

/** The allot command-line tool against a running server, as a script would use it. */
@AllotTest
class CliTest {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;

    record Run(int exit, String out, String err) {
    }

    Run allot(TestTenant t, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (t != null && !all.contains("--server")) {
            all.addAll(List.of("--server", "http://127.0.0.1:" + port, "--token", t.token));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AllotCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void skus_list_shows_assigned_and_available_licenses_as_a_table() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(25)).withUser("adele", "US").build();
        t.assign("adele", Sku.E3);

        Run r = allot(t, "skus", "list");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("SKU").contains("ASSIGNED").contains("AVAILABLE");
        assertThat(r.out().lines().filter(l -> l.startsWith("ENTERPRISEPACK")).findFirst().orElseThrow()).matches("ENTERPRISEPACK\\s+1\\s+24\\s+25\\s+Enabled.*");
    }

    @Test
    void a_script_assigns_by_a_short_product_name_with_an_app_turned_off_then_replaces_and_removes() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(5)).withSku(Sku.POWER_BI_PRO, seats(5)).withUser("adele", "US").build();

        Run assign = allot(t, "licenses", "assign", t.upn("adele"), "--sku", "E3", "--disable-plan", "EXCHANGE_S_ENTERPRISE");
        assertThat(assign.exit()).as(assign.err()).isZero();
        assertThat(t.licenses("adele").effective().disabledPlans(Sku.E3.id)).containsExactly(Plan.EXCHANGE_S_ENTERPRISE.id);

        Run replace = allot(t, "licenses", "replace", t.upn("adele"), "--sku", "POWER_BI_PRO");
        assertThat(replace.exit()).as(replace.err()).isZero();
        assertThat(t.licenses("adele").effective().heldSkus()).containsExactly(Sku.POWER_BI_PRO.id);

        Run remove = allot(t, "licenses", "remove", t.upn("adele"), "--sku", Sku.POWER_BI_PRO.id.toString());
        assertThat(remove.exit()).as(remove.err()).isZero();
        assertThat(t.licenses("adele").effective().heldSkus()).isEmpty();
    }

    @Test
    void an_ambiguous_short_name_is_refused_with_the_candidates() {
        TestTenant t = fixtures.aTenant().withSku(Sku.EXCHANGE_PLAN_1, seats(5)).withSku(Sku.EXCHANGE_PLAN_2, seats(5)).withUser("adele", "US").build();

        Run r = allot(t, "licenses", "assign", t.upn("adele"), "--sku", "Exchange");

        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("matches several products").contains("EXCHANGESTANDARD").contains("EXCHANGEENTERPRISE");
    }

    @Test
    void users_are_created_changed_listed_as_json_and_deleted() {
        TestTenant t = fixtures.aTenant().build();

        assertThat(allot(t, "users", "create", "nancy@" + t.domain, "--display-name", "Nancy Davolio", "--usage-location", "US").exit()).isZero();
        assertThat(allot(t, "users", "update", "nancy@" + t.domain, "--department", "Sales").exit()).isZero();
        Run list = allot(t, "users", "list", "--filter", "department eq 'Sales'", "--json");
        Run get = allot(t, "users", "get", "nancy@" + t.domain);
        Run delete = allot(t, "users", "delete", "nancy@" + t.domain);

        assertThat(list.out()).contains("\"displayName\" : \"Nancy Davolio\"");
        assertThat(get.out()).contains("usageLocation").contains("US");
        assertThat(delete.exit()).isZero();
        assertThat(allot(t, "users", "get", "nancy@" + t.domain).exit()).isEqualTo(ExitCode.REFUSED);
    }

    @Test
    void groups_and_their_members_are_managed() {
        TestTenant t = fixtures.aTenant().withUser("adele", "US").build();

        Run created = allot(t, "groups", "create", "Sales", "--description", "Everyone selling");
        String groupId = created.out().replaceAll("(?s).*\\(([0-9a-f-]{36})\\).*", "$1");
        Run added = allot(t, "groups", "add-member", groupId, t.upn("adele"));
        Run members = allot(t, "groups", "members", groupId);

        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(members.out()).contains(t.upn("adele"));
        assertThat(allot(t, "groups", "remove-member", groupId, t.upn("adele")).exit()).isZero();
        assertThat(allot(t, "groups", "members", groupId).out()).doesNotContain(t.upn("adele"));
    }

    @Test
    void exit_codes_tell_usage_errors_refusals_and_unreachable_servers_apart() {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(0)).withUser("adele", "US").build();

        Run usage = allot(t, "licenses", "assign", t.upn("adele"));
        Run refused = allot(t, "licenses", "assign", t.upn("adele"), "--sku", "ENTERPRISEPACK");
        Run unreachable = allot(null, "skus", "list", "--server", "http://127.0.0.1:1", "--token", "x");
        Run badToken = allot(null, "skus", "list", "--server", "http://127.0.0.1:" + port, "--token", "allot_wrong_token_value");

        assertThat(usage.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(usage.err()).contains("--sku");
        assertThat(refused.exit()).isEqualTo(ExitCode.REFUSED);
        assertThat(refused.err()).contains("does not have any available licenses");
        assertThat(unreachable.exit()).isEqualTo(ExitCode.UNREACHABLE);
        assertThat(unreachable.err()).contains("Cannot reach");
        assertThat(badToken.exit()).isEqualTo(ExitCode.UNREACHABLE);
    }

    @Test
    void login_saves_the_server_and_token_for_the_next_commands() throws Exception {
        TestTenant t = fixtures.aTenant().withSku(Sku.E3, seats(3)).build();
        Path config = Files.createTempDirectory("allot-cli").resolve("config.properties");
        System.setProperty("allot.config", config.toString());
        try {
            Run login = allot(t, "login");
            Run afterwards = allot(null, "skus", "list");

            assertThat(login.exit()).as(login.err()).isZero();
            assertThat(Files.getPosixFilePermissions(config)).containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            assertThat(afterwards.exit()).as(afterwards.err()).isZero();
            assertThat(afterwards.out()).contains("ENTERPRISEPACK");
        } finally {
            System.clearProperty("allot.config");
        }
    }

    @Test
    void every_command_has_help() {
        for (String[] command : List.of(new String[] {"--help"}, new String[] {"users", "--help"}, new String[] {"users", "list", "--help"},
                new String[] {"licenses", "assign", "--help"}, new String[] {"skus", "list", "--help"}, new String[] {"groups", "add-member", "--help"},
                new String[] {"login", "--help"})) {
            Run r = allot(null, command);
            assertThat(r.exit()).as(String.join(" ", command)).isZero();
            assertThat(r.out()).contains("Usage: allot");
        }
    }
}
