package dev.allot.web;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.allot.AllotApplication;
import dev.allot.security.Caller;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API description served at /openapi.json (public, like any API reference): every endpoint under /v1.0 and
 * /api, the bearer token they take, and the error shape each family answers with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    static {
        // the caller comes from the bearer token, never from the request's parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI allotOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Allot API").version(version()).description("""
                        Allot's two APIs. Under /v1.0, a subset of Microsoft Graph v1.0 (users, licenses, subscriptions) that \
                        Graph's own SDKs and scripts call unchanged; errors there have Graph's shape. Under /api/v1, Allot's admin \
                        API (subscriptions, catalog, licensing rules); errors there are RFC 9457 problem details."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An Allot API token: Authorization: Bearer allot_...")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /**
     * Every operation may fail: its default response is the error shape of its API family. Added once the
     * endpoints are described, because springdoc replaces the schemas of the OpenAPI bean with the ones it finds.
     */
    @Bean
    OpenApiCustomizer errorResponses() {
        return api -> {
            api.getComponents().addSchemas("Problem", problemSchema()).addSchemas("GraphError", graphErrorSchema());
            api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> addDefaultError(path, operation)));
        };
    }

    private static void addDefaultError(String path, Operation operation) {
        boolean graph = path.startsWith("/v1.0/");
        ApiResponse error = new ApiResponse()
                .description(graph ? "Microsoft Graph's error shape" : "RFC 9457 problem details")
                .content(new Content().addMediaType(graph ? "application/json" : "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + (graph ? "GraphError" : "Problem")))));
        operation.getResponses().addApiResponse("default", error);
    }

    private static Schema<?> problemSchema() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; code is Allot's error code, and type ends in its title");
        problem.addProperty("type", new StringSchema().example("https://allot.dev/problems/InvalidValue"));
        problem.addProperty("title", new StringSchema().example("Invalid Value"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("Property 'quantity' must be a whole number, got \"25\"."));
        problem.addProperty("instance", new StringSchema().example("/api/v1/subscriptions"));
        problem.addProperty("code", new StringSchema().example("INVALID_VALUE"));
        problem.addProperty("requestId", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(reason("detail")).description("Every reason, when there are several"));
        return problem;
    }

    private static ObjectSchema reason(String messageName) {
        ObjectSchema reason = new ObjectSchema();
        reason.addProperty("code", new StringSchema());
        reason.addProperty(messageName, new StringSchema());
        reason.addProperty("target", new StringSchema());
        return reason;
    }

    private static Schema<?> graphErrorSchema() {
        ObjectSchema inner = new ObjectSchema();
        inner.addProperty("code", new StringSchema().example("ProhibitedInUsageLocation"));
        inner.addProperty("date", new StringSchema().format("date-time"));
        inner.addProperty("request-id", new StringSchema());
        inner.addProperty("client-request-id", new StringSchema());
        ObjectSchema error = new ObjectSchema();
        error.addProperty("code", new StringSchema().example("Request_BadRequest"));
        error.addProperty("message", new StringSchema());
        error.addProperty("details", new ArraySchema().items(reason("message")).description("Every reason, when there are several"));
        error.addProperty("innerError", inner);
        return new ObjectSchema().description("Microsoft Graph's error response").addProperty("error", error);
    }

    /** The jar's version (Maven writes it in the manifest); a build run from the sources has none. */
    private static String version() {
        String version = AllotApplication.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
