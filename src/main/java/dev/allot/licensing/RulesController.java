package dev.allot.licensing;

import java.util.UUID;

import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.licensing.RuleRequests.NewRuleRequest;
import dev.allot.security.Caller;
import dev.allot.web.ListJson;
import dev.allot.web.Locations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The organization's licensing rules: dependencies, exclusions and where plans may be used. */
@RestController
@RequestMapping(path = "/api/v1/rules", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Licensing rules", description = "The rules every license assignment is checked against; they take effect on the next assignment")
public class RulesController {

    private final RuleService rules;

    public RulesController(RuleService rules) {
        this.rules = rules;
    }

    @GetMapping
    @Operation(operationId = "listRules", summary = "List the rules, with plan and product names")
    ListJson<RuleJson> list(Caller caller) {
        return new ListJson<>(RuleJson.all(rules.rules(caller.tenantId(), caller.actor())));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getRule", summary = "Get one rule")
    RuleJson get(Caller caller, @PathVariable UUID id) {
        return RuleJson.all(rules.rule(caller.tenantId(), caller.actor(), id)).get(0);
    }

    @PostMapping
    @Operation(operationId = "addRule", summary = "Add a rule: Requires, MutuallyExclusive, AvailableOnlyIn or UnavailableIn",
            responses = @ApiResponse(responseCode = "201", description = "Created; Location names the new rule"),
            requestBody = @RequestBody(required = true, content = @Content(schema = @Schema(implementation = NewRuleRequest.class))))
    ResponseEntity<RuleJson> add(Caller caller, HttpEntity<byte[]> request) {
        RuleJson added = RuleJson.all(rules.add(caller.tenantId(), caller.actor(), NewRuleRequest.read(request.getBody()))).get(0);
        return ResponseEntity.created(Locations.below(added.id())).body(added);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteRule", summary = "Delete a rule", responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> delete(Caller caller, @PathVariable UUID id) {
        rules.delete(caller.tenantId(), caller.actor(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/reset")
    @Operation(operationId = "resetRules", summary = "Replace every rule with Allot's defaults")
    ListJson<RuleJson> reset(Caller caller) {
        return new ListJson<>(RuleJson.all(rules.reset(caller.tenantId(), caller.actor())));
    }
}
