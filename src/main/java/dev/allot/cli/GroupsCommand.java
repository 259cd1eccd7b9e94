package dev.allot.cli;

import java.util.ArrayList;
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

/** Groups and their members. */
@Command(name = "groups", mixinStandardHelpOptions = true, description = "List groups, create and delete them, manage members.",
        subcommands = {GroupsCommand.ListGroups.class, GroupsCommand.CreateGroup.class, GroupsCommand.DeleteGroup.class,
                GroupsCommand.Members.class, GroupsCommand.AddMember.class, GroupsCommand.RemoveMember.class})
class GroupsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List groups.")
    static class ListGroups implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            JsonNode groups = connection.open().get("/v1.0/groups?$top=999");
            if (connection.json()) {
                Output.json(spec.commandLine().getOut(), groups);
                return ExitCode.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            groups.path("value").forEach(g -> rows.add(List.of(Output.text(g, "displayName"), Output.text(g, "mailNickname"), Output.text(g, "id"))));
            Output.table(spec.commandLine().getOut(), List.of("NAME", "NICKNAME", "ID"), rows);
            return ExitCode.OK;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a security group.")
    static class CreateGroup implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;
        @Option(names = "--description")
        String description;
        @Option(names = "--mail-nickname")
        String nickname;

        @Override
        public Integer call() {
            Map<String, Object> body = new java.util.LinkedHashMap<>();
            body.put("displayName", name);
            body.put("mailNickname", nickname != null ? nickname : name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT));
            body.put("mailEnabled", false);
            body.put("securityEnabled", true);
            if (description != null) {
                body.put("description", description);
            }
            JsonNode created = connection.open().post("/v1.0/groups", body);
            spec.commandLine().getOut().println(connection.json() ? created.toString() : "Created group " + name + " (" + created.path("id").asString() + ").");
            return ExitCode.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a group.")
    static class DeleteGroup implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "GROUP", description = "Group id.")
        String group;

        @Override
        public Integer call() {
            connection.open().delete("/v1.0/groups/" + AllotServer.encode(group));
            spec.commandLine().getOut().println("Deleted group " + group + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "members", mixinStandardHelpOptions = true, description = "List a group's members.")
    static class Members implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "GROUP", description = "Group id.")
        String group;

        @Override
        public Integer call() {
            AllotServer server = connection.open();
            List<JsonNode> members = new ArrayList<>();
            JsonNode page = server.get("/v1.0/groups/" + AllotServer.encode(group) + "/members?$top=999");
            page.path("value").forEach(members::add);
            while (page.hasNonNull("@odata.nextLink")) {
                page = server.get(page.path("@odata.nextLink").asString());
                page.path("value").forEach(members::add);
            }
            if (connection.json()) {
                Output.json(spec.commandLine().getOut(), AllotServer.JSON.valueToTree(members));
                return ExitCode.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            members.forEach(u -> rows.add(List.of(Output.text(u, "displayName"), Output.text(u, "userPrincipalName"), Output.text(u, "id"))));
            Output.table(spec.commandLine().getOut(), List.of("NAME", "USERNAME", "ID"), rows);
            return ExitCode.OK;
        }
    }

    @Command(name = "add-member", mixinStandardHelpOptions = true, description = "Add a user to a group.")
    static class AddMember implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "GROUP", description = "Group id.")
        String group;
        @Parameters(index = "1", paramLabel = "USER", description = "User id or userPrincipalName.")
        String user;

        @Override
        public Integer call() {
            AllotServer server = connection.open();
            String userId = server.get("/v1.0/users/" + AllotServer.encode(user) + "?$select=id").path("id").asString();
            server.post("/v1.0/groups/" + AllotServer.encode(group) + "/members/$ref",
                    Map.of("@odata.id", server.base() + "/v1.0/directoryObjects/" + userId));
            spec.commandLine().getOut().println("Added " + user + " to " + group + ".");
            return ExitCode.OK;
        }
    }

    @Command(name = "remove-member", mixinStandardHelpOptions = true, description = "Remove a user from a group.")
    static class RemoveMember implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "GROUP", description = "Group id.")
        String group;
        @Parameters(index = "1", paramLabel = "USER", description = "User id or userPrincipalName.")
        String user;

        @Override
        public Integer call() {
            AllotServer server = connection.open();
            String userId = server.get("/v1.0/users/" + AllotServer.encode(user) + "?$select=id").path("id").asString();
            server.delete("/v1.0/groups/" + AllotServer.encode(group) + "/members/" + userId + "/$ref");
            spec.commandLine().getOut().println("Removed " + user + " from " + group + ".");
            return ExitCode.OK;
        }
    }
}
