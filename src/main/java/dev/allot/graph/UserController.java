package dev.allot.graph;

import java.util.LinkedHashMap;
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
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.UserLicenses;
import dev.allot.security.Caller;

/** One user: create, read, update, delete, and their licenses (Graph's user, assignLicense, licenseDetails). */
@RestController
@RequestMapping(path = "/v1.0/users", produces = MediaType.APPLICATION_JSON_VALUE)
public class UserController {

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final GraphLinks links;

    public UserController(DirectoryService directory, LicensingService licensing, GraphLinks links) {
        this.directory = directory;
        this.licensing = licensing;
        this.links = links;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Caller caller, @RequestBody(required = false) byte[] body) {
        User user = directory.createUser(caller.tenantId(), caller.actor(), UserBodies.userChanges(GraphBody.parse(body)));
        return ResponseEntity.status(HttpStatus.CREATED).body(entity(user, null, SelectClause.DEFAULT));
    }

    @GetMapping("/{idOrPrincipalName}")
    Map<String, Object> get(Caller caller, @PathVariable String idOrPrincipalName,
            @RequestParam(name = "$select", required = false) String select) {
        SelectClause selected = SelectClause.parse(select, UserJson.SELECTABLE);
        dev.allot.security.Permissions.requireRead(caller.actor());
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        UserLicenses licenses = UserJson.needsLicenses(selected) ? licensing.licenses(caller.tenantId(), user.id()) : null;
        return entity(user, licenses, selected);
    }

    @PatchMapping("/{idOrPrincipalName}")
    ResponseEntity<Void> update(Caller caller, @PathVariable String idOrPrincipalName, @RequestBody(required = false) byte[] body) {
        var changes = UserBodies.userChanges(GraphBody.parse(body));
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        directory.updateUser(caller.tenantId(), caller.actor(), user.id(), changes);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{idOrPrincipalName}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String idOrPrincipalName) {
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        directory.deleteUser(caller.tenantId(), caller.actor(), user.id());
        return ResponseEntity.noContent().build();
    }

    /** Graph answers assignLicense with the user object (default properties). */
    @PostMapping("/{idOrPrincipalName}/assignLicense")
    Map<String, Object> assignLicense(Caller caller, @PathVariable String idOrPrincipalName, @RequestBody(required = false) byte[] body) {
        var request = UserBodies.licenseRequest(GraphBody.parse(body));
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        licensing.assignLicense(caller.tenantId(), caller.actor(), user.id(), request);
        return entity(user, null, SelectClause.DEFAULT);
    }

    @GetMapping("/{idOrPrincipalName}/licenseDetails")
    Map<String, Object> licenseDetails(Caller caller, @PathVariable String idOrPrincipalName) {
        dev.allot.security.Permissions.requireRead(caller.actor());
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@odata.context", links.context("users('" + user.id() + "')/licenseDetails"));
        out.put("value", LicenseDetailsJson.render(user.id(), licensing.licenses(caller.tenantId(), user.id())));
        return out;
    }

    @GetMapping("/{idOrPrincipalName}/licenseDetails/{detailId}")
    Map<String, Object> licenseDetail(Caller caller, @PathVariable String idOrPrincipalName, @PathVariable String detailId) {
        dev.allot.security.Permissions.requireRead(caller.actor());
        User user = directory.user(caller.tenantId(), idOrPrincipalName);
        Map<String, Object> detail = LicenseDetailsJson.render(user.id(), licensing.licenses(caller.tenantId(), user.id())).stream()
                .filter(d -> d.get("id").equals(detailId)).findFirst()
                .orElseThrow(() -> DirectoryService.notFound(detailId));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@odata.context", links.context("users('" + user.id() + "')/licenseDetails/$entity"));
        out.putAll(detail);
        return out;
    }

    private Map<String, Object> entity(User user, UserLicenses licenses, SelectClause select) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@odata.context", links.context(select.isDefault() ? "users/$entity" : "users(" + String.join(",", select.properties()) + ")/$entity"));
        out.putAll(UserJson.render(user, licenses, select));
        return out;
    }
}
