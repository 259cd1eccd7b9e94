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

/** One user's licenses, through Graph's assignLicense: each command is one atomic change. */
@Command(name = "licenses", mixinStandardHelpOptions = true, description = "Assign, remove or replace a user's licenses.",
        subcommands = {LicensesCommand.Assign.class, LicensesCommand.Remove.class, LicensesCommand.Replace.class})
class LicensesCommand {

    abstract static class Change implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "USER", description = "Id or userPrincipalName.")
        String user;
        @Option(names = "--sku", required = true, paramLabel = "SKU", description = "Product: skuPartNumber (ENTERPRISEPACK), skuId, or a unique part of it (E3). Repeatable.")
        List<String> skus;

        abstract Map<String, Object> body(AllotServer server, Products products);

        abstract String done();

        @Override
        public Integer call() {
            AllotServer server = connection.open();
            Products products = new Products(server);
            JsonNode result = server.post("/v1.0/users/" + AllotServer.encode(user) + "/assignLicense", body(server, products));
            if (connection.json()) {
                Output.json(spec.commandLine().getOut(), result);
            } else {
                spec.commandLine().getOut().println(done() + " " + String.join(", ", skus) + " for " + result.path("userPrincipalName").asString() + ".");
            }
            return ExitCode.OK;
        }

        List<Map<String, Object>> adds(Products products, List<String> disabledPlans) {
            List<Map<String, Object>> adds = new ArrayList<>();
            for (String sku : skus) {
                JsonNode product = products.find(sku);
                List<String> off = new ArrayList<>();
                for (String plan : disabledPlans == null ? List.<String>of() : disabledPlans) {
                    off.add(Products.plan(product, plan));
                }
                Map<String, Object> add = new LinkedHashMap<>();
                add.put("skuId", product.path("skuId").asString());
                add.put("disabledPlans", off);
                adds.add(add);
            }
            return adds;
        }
    }

    @Command(name = "assign", mixinStandardHelpOptions = true, description = "Give the user products (or change which apps are off).")
    static class Assign extends Change {
        @Option(names = "--disable-plan", paramLabel = "PLAN", description = "A service plan to turn off, by name or id. Repeatable.")
        List<String> disabledPlans;

        @Override
        Map<String, Object> body(AllotServer server, Products products) {
            return Map.of("addLicenses", adds(products, disabledPlans), "removeLicenses", List.of());
        }

        @Override
        String done() {
            return "Assigned";
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take products away from the user.")
    static class Remove extends Change {
        @Override
        Map<String, Object> body(AllotServer server, Products products) {
            return Map.of("addLicenses", List.of(), "removeLicenses", skus.stream().map(s -> products.find(s).path("skuId").asString()).toList());
        }

        @Override
        String done() {
            return "Removed";
        }
    }

    @Command(name = "replace", mixinStandardHelpOptions = true,
            description = "Make the given products the user's only directly assigned ones (others are removed, in the same change).")
    static class Replace extends Change {
        @Option(names = "--disable-plan", paramLabel = "PLAN", description = "A service plan to turn off, by name or id. Repeatable.")
        List<String> disabledPlans;

        @Override
        Map<String, Object> body(AllotServer server, Products products) {
            List<Map<String, Object>> adds = adds(products, disabledPlans);
            List<String> keep = adds.stream().map(a -> (String) a.get("skuId")).toList();
            JsonNode current = server.get("/v1.0/users/" + AllotServer.encode(user) + "?$select=licenseAssignmentStates");
            List<String> remove = new ArrayList<>();
            for (JsonNode state : current.path("licenseAssignmentStates")) {
                String sku = state.path("skuId").asString();
                if (state.path("assignedByGroup").isNull() && !keep.contains(sku) && !remove.contains(sku)) {
                    remove.add(sku);
                }
            }
            return Map.of("addLicenses", adds, "removeLicenses", remove);
        }

        @Override
        String done() {
            return "Replaced the licenses with";
        }
    }
}
