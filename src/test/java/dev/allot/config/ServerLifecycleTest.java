package dev.allot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.allot.AllotApplication;
import dev.allot.testing.ApiClient;

/** Starting, restarting and sharing data directories, as an operator does it. */
class ServerLifecycleTest {

    static final String TOKEN = "automation-token-0123456789abcdef";

    static ConfigurableApplicationContext start(Path dataDir, String... extra) {
        String[] base = {"--server.port=0", "--allot.data-dir=" + dataDir, "--allot.database.embedded-unsafe-fast=true",
                "--allot.bootstrap.token=" + TOKEN, "--allot.bootstrap.admin=ops@contoso.com",
                "--allot.bootstrap.password=correct horse battery staple", "--logging.level.root=WARN"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra)).toArray(String[]::new);
        return new SpringApplicationBuilder(AllotApplication.class).run(args);
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void a_restart_keeps_everything_and_the_bootstrap_values_are_used_exactly() throws Exception {
        Path dir = Files.createTempDirectory("allot-restart");
        String userId;
        String firstOutput;
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext first = start(dir, "--allot.demo=false", "--allot.organization-name=Northwind Traders")) {
            firstOutput = captured.toString(StandardCharsets.UTF_8);
            ApiClient api = new ApiClient(port(first), TOKEN);
            ApiClient.Response created = api.post("/v1.0/users", "{\"displayName\":\"Nancy Davolio\",\"userPrincipalName\":\"nancy@northwind.example\",\"usageLocation\":\"US\"}");
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            userId = created.json().path("id").asString();
            String hash = first.getBean(JdbcClient.class).sql("select password_hash from admin_account where sign_in_name = 'ops@contoso.com'")
                    .query(String.class).single();
            assertThat(first.getBean(PasswordEncoder.class).matches("correct horse battery staple", hash)).isTrue();
            String tenant = first.getBean(JdbcClient.class).sql("select display_name from tenant").query(String.class).single();
            assertThat(tenant).isEqualTo("Northwind Traders");
        } finally {
            System.setOut(console);
        }
        assertThat(firstOutput).contains("Sign in as:     ops@contoso.com").contains("API token:      " + TOKEN).contains("http://127.0.0.1:");

        captured.reset();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext second = start(dir, "--allot.demo=false")) {
            ApiClient.Response read = new ApiClient(port(second), TOKEN).get("/v1.0/users/" + userId);
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(read.json().path("displayName").asString()).isEqualTo("Nancy Davolio");
            assertThat(second.getBean(JdbcClient.class).sql("select count(*) from tenant").query(Integer.class).single()).isEqualTo(1);
        } finally {
            System.setOut(console);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("the credentials are shown only once").doesNotContain("API token:");
    }

    @Test
    void two_servers_cannot_share_one_data_directory() throws Exception {
        Path dir = Files.createTempDirectory("allot-shared");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dir, true)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dir, true))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("is in use by another Allot server").hasMessageContaining("ALLOT_DATA_DIR");
            assertThat(first.port()).isPositive();
        }
    }

    @Test
    void a_bad_configuration_stops_the_start_with_every_problem_named() {
        assertThatThrownBy(() -> start(Files.createTempDirectory("allot-bad"), "--allot.database.url=mysql://nope",
                "--allot.organization-usage-location=ZZ"))
                .hasRootCauseInstanceOf(InvalidConfigurationException.class)
                .rootCause().hasMessageContaining("ALLOT_DATABASE_URL").hasMessageContaining("ALLOT_ORGANIZATION_USAGE_LOCATION");
    }
}
