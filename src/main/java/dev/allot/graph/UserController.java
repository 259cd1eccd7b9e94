package dev.allot.graph;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.domain.User;
import dev.allot.graph.odata.SelectClause;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.UserLicenses;
import dev.allot.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** One user: create, read, update, delete, and their licenses (Graph's user, assignLicense, licenseDetails). */
@RestController
@RequestMapping(path = "/v1.0/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users (Graph)", description = "Microsoft Graph v1.0: users and their licenses")
public class UserController {

    private static final String NEW_USER = """
            {"accountEnabled":true,"displayName":"Adele Vance","mailNickname":"adelev","userPrincipalName":"adelev@contoso.com","usageLocation":"US"}""";
    private static final String LICENSES = """
            {"addLicenses":[{"skuId":"6fd2c87f-b296-42f0-b197-1e91e994b900","disabledPlans":[]}],"removeLicenses":[]}""";

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final GraphLinks links;
    private final dev.allot.licensing.GroupLicensingService groupLicensing;

    public UserController(DirectoryService directory, LicensingService licensing, GraphLinks links, dev.allot.licensing.GroupLicensingService groupLicensing) {
        this.groupLicensing = groupLicensing;
        this.directory = directory;
        this.licensing = licensing;
        this.links = links;
    }

    @PostMapping
    @Operation(operationId = "createUser", summary = "Create a user", responses = @ApiResponse(responseCode = "201", description = "Created"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"), examples = @ExampleObject(NEW_USER))))
    ResponseEntity<Map<String, Object>> create(Caller caller, @RequestBody(required = false) byte[] body) {
        User user = directory.createUser(caller.tenantId(), caller.actor(), UserBodies.userChanges(GraphBody.parse(body)));
        return ResponseEntity.status(HttpStatus.CREATED).body(entity(user, null, SelectClause.DEFAULT));
    }

    @GetMapping("/{idOrPrincipalName}")
    @Operation(operationId = "getUser", summary = "Get a user by id or userPrincipalName; $select may ask for assignedLicenses, assignedPlans "
            + "and licenseAssignmentStates")
    Map<String, Object> get(Caller caller, @PathVariable String idOrPrincipalName,
            @RequestParam(name = "$select", required = false) String select) {
        SelectClause selected = SelectClause.parse(select, UserJson.SELECTABLE);
        dev.allot.security.Permissions.requireRead(caller.actor());
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        UserLicenses licenses = UserJson.needsLicenses(selected) ? licensing.licenses(caller.tenantId(), user.id()) : null;
        return entity(user, licenses, selected);
    }

    @PatchMapping("/{idOrPrincipalName}")
    @Operation(operationId = "updateUser", summary = "Update a user's properties", responses = @ApiResponse(responseCode = "204", description = "Updated"),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"), examples = @ExampleObject("{\"usageLocation\":\"GB\"}"))))
    ResponseEntity<Void> update(Caller caller, @PathVariable String idOrPrincipalName, @RequestBody(required = false) byte[] body) {
        var changes = UserBodies.userChanges(GraphBody.parse(body));
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        directory.updateUser(caller.tenantId(), caller.actor(), user.id(), changes);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{idOrPrincipalName}")
    @Operation(operationId = "deleteUser", summary = "Delete a user, freeing their licenses", responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    ResponseEntity<Void> delete(Caller caller, @PathVariable String idOrPrincipalName) {
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        directory.deleteUser(caller.tenantId(), caller.actor(), user.id());
        return ResponseEntity.noContent().build();
    }

    /** Graph answers assignLicense with the user object (default properties). */
    @PostMapping("/{idOrPrincipalName}/assignLicense")
    @Operation(operationId = "assignLicense", summary = "Add and remove a user's licenses in one atomic change, checked against the seats and the rules",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(type = "object"), examples = @ExampleObject(LICENSES))))
    Map<String, Object> assignLicense(Caller caller, @PathVariable String idOrPrincipalName, @RequestBody(required = false) byte[] body) {
        var request = UserBodies.licenseRequest(GraphBody.parse(body));
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        licensing.assignLicense(caller.tenantId(), caller.actor(), user.id(), request);
        return entity(user, null, SelectClause.DEFAULT);
    }

    /** Graph's reprocessLicenseAssignment: the user is judged again in every licensed group; answers with the user. */
    @PostMapping("/{idOrPrincipalName}/reprocessLicenseAssignment")
    Map<String, Object> reprocessLicenseAssignment(Caller caller, @PathVariable String idOrPrincipalName) {
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        groupLicensing.reprocess(caller.tenantId(), caller.actor(), user.id());
        return entity(user, null, SelectClause.DEFAULT);
    }

    @GetMapping("/{idOrPrincipalName}/licenseDetails")
    @Operation(operationId = "listLicenseDetails", summary = "List the products a user holds, with each service plan's provisioning status")
    Map<String, Object> licenseDetails(Caller caller, @PathVariable String idOrPrincipalName) {
        dev.allot.security.Permissions.requireRead(caller.actor());
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        return CollectionJson.of(links.context("users('" + user.id() + "')/licenseDetails"), null, null,
                LicenseDetailsJson.render(user.id(), licensing.licenses(caller.tenantId(), user.id())));
    }

    @GetMapping("/{idOrPrincipalName}/licenseDetails/{detailId}")
    @Operation(operationId = "getLicenseDetails", summary = "Get one product a user holds")
    Map<String, Object> licenseDetail(Caller caller, @PathVariable String idOrPrincipalName, @PathVariable String detailId) {
        dev.allot.security.Permissions.requireRead(caller.actor());
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        Map<String, Object> detail = LicenseDetailsJson.render(user.id(), licensing.licenses(caller.tenantId(), user.id())).stream()
                .filter(d -> d.get("id").equals(detailId)).findFirst()
                .orElseThrow(() -> DirectoryService.notFound(detailId));
        return CollectionJson.entity(links.context("users('" + user.id() + "')/licenseDetails/$entity"), detail);
    }

    private Map<String, Object> entity(User user, UserLicenses licenses, SelectClause select) {
        return CollectionJson.entity(links.context(CollectionJson.entityFragment("users", select)),
                UserJson.render(user, licenses, select));
    }
}
