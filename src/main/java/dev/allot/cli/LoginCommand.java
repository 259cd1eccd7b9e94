package dev.allot.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks a server and token, then remembers them for the next commands. */
@Command(name = "login", mixinStandardHelpOptions = true, description = "Check a server and API token and save them in the config file.")
class LoginCommand implements Callable<Integer> {

    @Mixin
    Connection connection;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AllotServer server = connection.open();
        int products = server.get("/v1.0/subscribedSkus").path("value").size();
        CliConfig.write(server.base(), connection.token != null ? connection.token
                : CliConfig.first(System.getenv("ALLOT_TOKEN"), CliConfig.read().getProperty("token")).orElseThrow());
        spec.commandLine().getOut().println("Signed in to " + server.base() + " (" + products + " products). Saved in " + CliConfig.file() + ".");
        return ExitCode.OK;
    }
}
