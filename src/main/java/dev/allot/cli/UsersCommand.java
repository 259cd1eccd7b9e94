package dev.allot.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/** Users of the organization. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "List, show, create, change and delete users.",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.GetUser.class, UsersCommand.CreateUser.class,
                UsersCommand.UpdateUser.class, UsersCommand.DeleteUser.class})
class UsersCommand {

    static final String SELECT = "id,displayName,userPrincipalName,usageLocation,department,accountEnabled,assignedLicenses";

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users (one page, or --all).")
    static class ListUsers implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Option(names = "--filter", paramLabel = "ODATA", description = "An OData $filter, e.g. \"department eq 'Sales'\" or \"assignedLicenses/$count eq 0\".")
        String filter;
        @Option(names = "--top", defaultValue = "100", description = "Users per page (1-999, default ${DEFAULT-VALUE}).")
        int top;
        @Option(names = "--all", description = "Follow every page.")
        boolean all;

        @Override
        public Integer call() {
            AllotServer server = connection.open();
            StringBuilder url = new StringBuilder("/v1.0/users?$select=" + SELECT + "&$top=" + top);
            if (filter != null) {
                url.append("&$filter=").append(AllotServer.encode(filter));
            }
            ArrayNode users = AllotServer.JSON.createArrayNode();
            JsonNode page = server.get(url.toString());
            page.path("value").forEach(users::add);
            while (all && page.hasNonNull("@odata.nextLink")) {
                page = server.get(page.path("@odata.nextLink").asString());
                page.path("value").forEach(users::add);
            }
            if (connection.json()) {
                Output.json(spec.commandLine().getOut(), users);
                return ExitCode.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode u : users) {
                rows.add(List.of(Output.text(u, "displayName"), Output.text(u, "userPrincipalName"), Output.text(u, "usageLocation"),
                        String.valueOf(u.path("assignedLicenses").size()), Output.text(u, "id")));
            }
            Output.table(spec.commandLine().getOut(), List.of("NAME", "USERNAME", "LOCATION", "LICENSES", "ID"), rows);
            if (!all && page.hasNonNull("@odata.nextLink")) {
                spec.commandLine().getErr().println("(more users: add --all)");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one user with their licenses.")
    static class GetUser implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "USER", description = "Id or userPrincipalName.")
        String user;

        @Override
        public Integer call() {
            JsonNode u = connection.open().get("/v1.0/users/" + AllotServer.encode(user) + "?$select=" + SELECT + ",jobTitle,licenseAssignmentStates");
            if (connection.json()) {
                Output.json(spec.commandLine().getOut(), u);
                return ExitCode.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            for (String field : List.of("displayName", "userPrincipalName", "id", "usageLocation", "department", "jobTitle", "accountEnabled")) {
                rows.add(List.of(field, Output.text(u, field)));
            }
            for (JsonNode l : u.path("licenseAssignmentStates")) {
                String source = l.path("assignedByGroup").isNull() ? "direct" : "group " + l.path("assignedByGroup").asString();
                rows.add(List.of("license", l.path("skuId").asString() + " (" + source + ", " + l.path("state").asString()
                        + ", " + l.path("disabledPlans").size() + " apps off)"));
            }
            Output.table(spec.commandLine().getOut(), List.of("PROPERTY", "VALUE"), rows);
            return ExitCode.OK;
        }
    }

    /** Options shared by create and update: each one given is set. */
    static class UserFields {
        @Option(names = "--display-name")
        String displayName;
        @Option(names = "--given-name")
        String givenName;
        @Option(names = "--surname")
        String surname;
        @Option(names = "--usage-location", paramLabel = "CC", description = "Two-letter country code, e.g. US.")
        String usageLocation;
        @Option(names = "--department")
        String department;
        @Option(names = "--job-title")
        String jobTitle;
        @Option(names = "--mail")
        String mail;
        @Option(names = "--account-enabled", arity = "1", paramLabel = "true|false")
        Boolean accountEnabled;

        Map<String, Object> body() {
            Map<String, Object> b = new LinkedHashMap<>();
            put(b, "displayName", displayName);
            put(b, "givenName", givenName);
            put(b, "surname", surname);
            put(b, "usageLocation", usageLocation);
            put(b, "department", department);
            put(b, "jobTitle", jobTitle);
            put(b, "mail", mail);
            put(b, "accountEnabled", accountEnabled);
            return b;
        }

        private static void put(Map<String, Object> b, String name, Object value) {
            if (value != null) {
                b.put(name, value);
            }
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a user.")
    static class CreateUser implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "USERNAME", description = "userPrincipalName, e.g. adele@contoso.com.")
        String userPrincipalName;
        @Mixin
        UserFields fields;

        @Override
        public Integer call() {
            Map<String, Object> body = fields.body();
            body.put("userPrincipalName", userPrincipalName);
            body.putIfAbsent("displayName", userPrincipalName.substring(0, Math.max(1, userPrincipalName.indexOf('@'))));
            JsonNode created = connection.open().post("/v1.0/users", body);
            if (connection.json()) {
                Output.json(spec.commandLine().getOut(), created);
            } else {
                spec.commandLine().getOut().println("Created " + created.path("userPrincipalName").asString() + " (" + created.path("id").asString() + ").");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true, description = "Change a user's properties.")
    static class UpdateUser implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "USER", description = "Id or userPrincipalName.")
        String user;
        @Mixin
        UserFields fields;

        @Override
        public Integer call() {
            Map<String, Object> body = fields.body();
            if (body.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "Nothing to change: give at least one option, e.g. --usage-location US.");
            }
            connection.open().patch("/v1.0/users/" + AllotServer.encode(user), body);
            spec.commandLine().getOut().println("Updated " + user + ": " + String.join(", ", body.keySet()) + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a user; their licenses become available at once.")
    static class DeleteUser implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "USER", description = "Id or userPrincipalName.")
        String user;

        @Override
        public Integer call() {
            connection.open().delete("/v1.0/users/" + AllotServer.encode(user));
            spec.commandLine().getOut().println("Deleted " + user + ".");
            return ExitCode.OK;
        }
    }
}
