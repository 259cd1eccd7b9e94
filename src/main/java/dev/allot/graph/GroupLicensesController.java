package dev.allot.graph;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.UserPage.PageKey;
import dev.allot.directory.domain.Group;
import dev.allot.directory.domain.User;
import dev.allot.graph.odata.CollectionQuery;
import dev.allot.graph.odata.CollectionQuery.Page;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SelectClause;
import dev.allot.graph.odata.SkipToken;
import dev.allot.licensing.GroupLicensingService;
import dev.allot.licensing.GroupLicensingService.GroupLicensingResult;
import dev.allot.licensing.LicensingService;
import dev.allot.security.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** Graph's group-based licensing: a group's assignLicense, and the members who could not get its licenses. */
@RestController
@RequestMapping(path = "/v1.0/groups/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
public class GroupLicensesController {

    private static final List<String> LIST_OPTIONS = List.of("$select", "$top", "$count", "$skiptoken");
    private static final SelectClause LICENSED = SelectClause.parse("id,displayName,assignedLicenses,licenseProcessingState", GroupJson.SELECTABLE);

    private final DirectoryService directory;
    private final GroupLicensingService groupLicensing;
    private final LicensingService licensing;
    private final GraphLinks links;

    public GroupLicensesController(DirectoryService directory, GroupLicensingService groupLicensing, LicensingService licensing, GraphLinks links) {
        this.directory = directory;
        this.groupLicensing = groupLicensing;
        this.licensing = licensing;
        this.links = links;
    }

    /** Graph answers 202 Accepted with the group; Allot has already applied the licenses to every member when it answers. */
    @PostMapping("/assignLicense")
    ResponseEntity<Map<String, Object>> assignLicense(Caller caller, @PathVariable String id, @RequestBody(required = false) byte[] body) {
        UUID groupId = ObjectIds.parse(id);
        var request = UserBodies.licenseRequest(GraphBody.parse(body));
        GroupLicensingResult result = groupLicensing.assignLicense(caller.tenantId(), caller.actor(), groupId, request);
        Group group = directory.group(caller.tenantId(), caller.actor(), groupId);
        Map<String, Object> entity = CollectionJson.entity(links.context("groups/$entity"),
                GroupJson.render(group, new GroupJson.Licensing(result.licenses(), result.membersWithErrors()), LICENSED));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(entity);
    }

    @GetMapping("/membersWithLicenseErrors")
    Map<String, Object> membersWithLicenseErrors(Caller caller, HttpServletRequest request, @PathVariable String id) {
        UUID groupId = ObjectIds.parse(id);
        CollectionQuery query = CollectionQuery.parse(QueryOptions.of(request.getParameterMap(), LIST_OPTIONS), UserJson.SELECTABLE,
                SkipToken.scope("membersWithLicenseErrors", caller.tenantId(), groupId.toString()));
        Page<User> page = query.page(groupLicensing.membersWithErrors(caller.tenantId(), caller.actor(), groupId, query.afterValue(),
                query.afterId(), query.fetchSize()), u -> new PageKey(u.displayName(), u.id()));
        String next = query.nextLink(links.root() + "/groups/" + groupId + "/membersWithLicenseErrors", page.next());
        List<Map<String, Object>> value = UserJson.render(page.items(), query.select(), ids -> licensing.licenses(caller.tenantId(), ids))
                .stream().map(GroupMembersController::asDirectoryObject).toList();
        return CollectionJson.of(links.context(CollectionJson.fragment("directoryObjects", query.select())), null, next, value);
    }
}
