package dev.allot.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Another Allot server in its own operating-system process, sharing the test server's database: what two
 * servers behind a load balancer look like. Stopped by its PID.
 */
public final class SecondServer implements AutoCloseable {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final int port;
    private final List<String> output;

    private SecondServer(Process process, int port, List<String> output) {
        this.process = process;
        this.port = port;
        this.output = output;
    }

    /** Starts a server on the same database as the given data source (the test server's). */
    public static SecondServer sharing(DataSource dataSource) {
        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        String username = ((HikariDataSource) dataSource).getUsername();
        List<String> command = List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "dev.allot.AllotApplication",
                "--server.port=0", "--allot.database.url=" + url, "--allot.database.username=" + username,
                "--allot.database.pool-size=8", "--logging.level.root=WARN", "--logging.level.org.springframework.boot.tomcat=INFO");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread reader = new Thread(() -> read(process, output, port), "second-server-output");
            reader.setDaemon(true);
            reader.start();
            int p = port.get(120, TimeUnit.SECONDS);
            return new SecondServer(process, p, output);
        } catch (Exception e) {
            throw new IllegalStateException("The second Allot server did not start", e);
        }
    }

    private static void read(Process process, List<String> output, CompletableFuture<Integer> port) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
            port.completeExceptionally(new IllegalStateException("exited: " + String.join("\n", output)));
        } catch (IOException e) {
            port.completeExceptionally(e);
        }
    }

    public int port() {
        return port;
    }

    public ApiClient api(String token) {
        return new ApiClient(port, token);
    }

    public List<String> output() {
        return List.copyOf(output);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
