package dev.allot.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Allot's own settings. Each is a Spring property under {@code allot.} and therefore also an environment
 * variable ({@code ALLOT_DATA_DIR}, {@code ALLOT_DATABASE_URL}, ...). {@link #validate()} runs at start-up and
 * names every problem at once, the way HikariCP's {@code HikariConfig.validate()} does.
 */
@ConfigurationProperties("allot")
public record AllotProperties(
        @DefaultValue("./allot-data") Path dataDir,
        @DefaultValue Database database,
        @DefaultValue("true") boolean demo,
        @DefaultValue("My organization") String organizationName,
        @DefaultValue("US") String organizationUsageLocation,
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue("") String publicUrl) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public record Database(
            @DefaultValue("") String url,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("16") int poolSize,
            /* For throw-away test databases only: trades durability for speed. */
            @DefaultValue("false") boolean embeddedUnsafeFast) {

        public boolean external() {
            return !url.isBlank();
        }
    }

    public record Bootstrap(
            @DefaultValue("") String token,
            @DefaultValue("") String admin,
            @DefaultValue("") String password) {
    }

    /** @return every problem in the configuration; empty when it is usable. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (database.external()) {
            if (!database.url.startsWith("jdbc:postgresql:")) {
                problems.add("ALLOT_DATABASE_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), got '"
                        + database.url + "'");
            }
        } else if (dataDir == null || dataDir.toString().isBlank()) {
            problems.add("ALLOT_DATA_DIR must name a directory");
        }
        if (database.poolSize < 1 || database.poolSize > 500) {
            problems.add("allot.database.pool-size must be between 1 and 500, got " + database.poolSize);
        }
        if (organizationName == null || organizationName.isBlank() || organizationName.length() > 256) {
            problems.add("ALLOT_ORGANIZATION_NAME must be 1 to 256 characters");
        }
        if (!COUNTRIES.contains(organizationUsageLocation)) {
            problems.add("ALLOT_ORGANIZATION_USAGE_LOCATION must be an ISO 3166-1 alpha-2 country code, got '"
                    + organizationUsageLocation + "'");
        }
        if (!bootstrap.token.isEmpty() && bootstrap.token.length() < 16) {
            problems.add("ALLOT_BOOTSTRAP_TOKEN must be at least 16 characters long");
        }
        if (!bootstrap.token.isEmpty() && !bootstrap.token.matches("[\\x21-\\x7e]+")) {
            problems.add("ALLOT_BOOTSTRAP_TOKEN may contain only printable ASCII characters without spaces");
        }
        if (!bootstrap.password.isEmpty() && bootstrap.password.length() < 8) {
            problems.add("ALLOT_BOOTSTRAP_PASSWORD must be at least 8 characters long");
        }
        if (!bootstrap.admin.isEmpty() && !bootstrap.admin.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add("ALLOT_BOOTSTRAP_ADMIN must be a sign-in name like admin@contoso.com, got '" + bootstrap.admin + "'");
        }
        if (!publicUrl.isBlank()) {
            try {
                URI uri = URI.create(publicUrl);
                if (uri.getScheme() == null || uri.getHost() == null) {
                    problems.add("ALLOT_PUBLIC_URL must be an absolute http(s) URL, got '" + publicUrl + "'");
                }
            } catch (IllegalArgumentException e) {
                problems.add("ALLOT_PUBLIC_URL is not a URL: " + e.getMessage());
            }
        }
        return problems;
    }

    /** Throws naming every problem; called before anything is started. */
    public void validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    /** The settings as they may be logged: secrets masked. */
    public String describe() {
        return "dataDir=" + (database.external() ? "(unused: external database)" : dataDir.toAbsolutePath().normalize())
                + ", database=" + (database.external() ? maskUrl(database.url) + " as " + database.username : "embedded PostgreSQL")
                + ", poolSize=" + database.poolSize
                + ", databasePassword=" + mask(database.password)
                + ", demo=" + demo
                + ", organizationName=" + organizationName
                + ", bootstrapAdmin=" + (bootstrap.admin.isEmpty() ? "(generated)" : bootstrap.admin)
                + ", bootstrapPassword=" + mask(bootstrap.password)
                + ", bootstrapToken=" + mask(bootstrap.token)
                + ", publicUrl=" + (publicUrl.isBlank() ? "(from requests)" : publicUrl);
    }

    static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(none)" : "****";
    }

    /** Hides a password given inside a JDBC URL's query string. */
    static String maskUrl(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****");
    }
}
