package dev.allot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/** The organization's products with their seats. */
@Command(name = "skus", mixinStandardHelpOptions = true, description = "Products (SKUs) and their licenses.", subcommands = SkusCommand.ListSkus.class)
class SkusCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the products with assigned and available licenses.")
    static class ListSkus implements Callable<Integer> {
        @Mixin
        Connection connection;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            JsonNode skus = connection.open().get("/v1.0/subscribedSkus");
            if (connection.json()) {
                Output.json(spec.commandLine().getOut(), skus);
                return ExitCode.OK;
            }
            List<List<String>> rows = new ArrayList<>();
            for (JsonNode s : skus.path("value")) {
                int usable = s.path("prepaidUnits").path("enabled").asInt() + s.path("prepaidUnits").path("warning").asInt();
                int consumed = s.path("consumedUnits").asInt();
                rows.add(List.of(s.path("skuPartNumber").asString(), String.valueOf(consumed), String.valueOf(Math.max(0, usable - consumed)),
                        String.valueOf(usable), s.path("capabilityStatus").asString(), s.path("skuId").asString()));
            }
            Output.table(spec.commandLine().getOut(), List.of("SKU", "ASSIGNED", "AVAILABLE", "TOTAL", "STATUS", "SKU ID"), rows);
            return ExitCode.OK;
        }
    }
}
