package dev.allot;

import org.springframework.boot.SpringApplication;

import dev.allot.cli.AllotCli;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Allot: self-hosted, multi-tenant license management with a Microsoft Graph v1.0-compatible API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllotApplication {

    /** {@code java -jar allot.jar} starts the server; {@code java -jar allot.jar users list} runs the CLI instead. */
    public static void main(String[] args) {
        if (AllotCli.isCommand(args)) {
            AllotCli.main(args);
            return;
        }
        SpringApplication.run(AllotApplication.class, args);
    }
}
