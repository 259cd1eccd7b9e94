package dev.allot.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code allot}: the command-line tool for admins and scripts, talking to an Allot server's API. */
@Command(name = "allot", mixinStandardHelpOptions = true, versionProvider = AllotCli.Version.class,
        description = "Manage users and licenses on an Allot server.%nExit codes: 0 ok, 1 partly refused, 2 usage error, 3 refused by the server, 4 server unreachable or no token, 5 server error.",
        subcommands = {LoginCommand.class, UsersCommand.class, SkusCommand.class, LicensesCommand.class, GroupsCommand.class,
                CommandLine.HelpCommand.class})
public class AllotCli {

    /** The commands, as the first word of the arguments; anything else starts the server. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("--") || first.equals("--help") || first.equals("--version");
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AllotCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CliException c) {
                command.getErr().println(command.getColorScheme().errorText("allot: " + c.getMessage()));
                return c.exitCode();
            }
            command.getErr().println(command.getColorScheme().errorText("allot: unexpected failure: " + e));
            return ExitCode.SERVER_ERROR;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AllotCli.class.getPackage().getImplementationVersion();
            return new String[] {"allot " + (v == null ? "(development build)" : v)};
        }
    }
}
