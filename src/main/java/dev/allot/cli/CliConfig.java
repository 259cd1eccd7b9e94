package dev.allot.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the CLI finds its server and token: flags first, then ALLOT_SERVER / ALLOT_TOKEN, then the file
 * {@code allot login} writes ({@code $ALLOT_CONFIG} or {@code ~/.config/allot/config.properties}, readable by
 * its owner only).
 */
public final class CliConfig {

    private CliConfig() {
    }

    public static Path file() {
        String override = CliConfig.first(System.getProperty("allot.config"), System.getenv("ALLOT_CONFIG")).orElse(null);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".config", "allot", "config.properties");
    }

    public static Properties read() {
        Properties p = new Properties();
        Path file = file();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new CliException(ExitCode.USAGE, "Cannot read " + file + ": " + e.getMessage());
            }
        }
        return p;
    }

    public static void write(String server, String token) {
        Path file = file();
        Properties p = new Properties();
        p.setProperty("server", server);
        p.setProperty("token", token);
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the user's profile directory protects it
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "allot CLI: server and API token (keep this file private)");
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, "Cannot write " + file + ": " + e.getMessage());
        }
    }

    static Optional<String> first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
        }
        return Optional.empty();
    }
}
