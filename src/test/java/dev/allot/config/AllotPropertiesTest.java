package dev.allot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class AllotPropertiesTest {

    static AllotProperties with(String url, String token, String admin, String password, String country) {
        return new AllotProperties(Path.of("./allot-data"), new AllotProperties.Database(url, "allot", "s3cret-db", 16, false), true,
                "Contoso", country, new AllotProperties.Bootstrap(token, admin, password), "");
    }

    @Test
    void the_defaults_are_valid() {
        assertThat(with("", "", "", "", "US").problems()).isEmpty();
    }

    @Test
    void every_problem_is_named_at_once() {
        AllotProperties bad = with("mysql://db", "short", "not-an-email", "123", "XX");

        assertThat(bad.problems()).hasSize(5);
        assertThatThrownBy(bad::validate).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("ALLOT_DATABASE_URL").hasMessageContaining("ALLOT_BOOTSTRAP_TOKEN")
                .hasMessageContaining("ALLOT_BOOTSTRAP_ADMIN").hasMessageContaining("ALLOT_BOOTSTRAP_PASSWORD")
                .hasMessageContaining("ALLOT_ORGANIZATION_USAGE_LOCATION");
    }

    @Test
    void secrets_are_masked_when_the_settings_are_logged() {
        AllotProperties p = with("jdbc:postgresql://db:5432/allot?password=hunter2", "bootstrap-token-0123456789", "admin@contoso.com",
                "correct horse battery", "US");

        String logged = p.describe();

        assertThat(logged).doesNotContain("hunter2").doesNotContain("s3cret-db").doesNotContain("bootstrap-token-0123456789")
                .doesNotContain("correct horse battery").contains("admin@contoso.com").contains("****");
    }
}
