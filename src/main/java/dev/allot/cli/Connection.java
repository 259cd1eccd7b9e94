package dev.allot.cli;

import picocli.CommandLine.Option;

/** The server and token options every command shares. */
public class Connection {

    @Option(names = "--server", paramLabel = "URL", description = "Allot server, e.g. http://127.0.0.1:8080 (or ALLOT_SERVER, or `allot login`).")
    String server;

    @Option(names = "--token", paramLabel = "TOKEN", description = "API token (or ALLOT_TOKEN, or `allot login`).")
    String token;

    @Option(names = "--json", description = "Print the server's JSON instead of a table (for scripts).")
    boolean json;

    public AllotServer open() {
        var config = CliConfig.read();
        String url = CliConfig.first(server, System.getenv("ALLOT_SERVER"), config.getProperty("server"))
                .orElseThrow(() -> new CliException(ExitCode.UNREACHABLE, "No server: pass --server URL, set ALLOT_SERVER, or run `allot login`."));
        String key = CliConfig.first(token, System.getenv("ALLOT_TOKEN"), config.getProperty("token"))
                .orElseThrow(() -> new CliException(ExitCode.UNREACHABLE, "No API token: pass --token, set ALLOT_TOKEN, or run `allot login`."));
        return new AllotServer(url, key);
    }

    public boolean json() {
        return json;
    }
}
