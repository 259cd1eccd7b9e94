package dev.allot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Allot: self-hosted, multi-tenant license management with a Microsoft Graph v1.0-compatible API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AllotApplication {

    public static void main(String[] args) {
        SpringApplication.run(AllotApplication.class, args);
    }
}
