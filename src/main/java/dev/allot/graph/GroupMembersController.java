package dev.allot.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.UserPage.PageKey;
import dev.allot.directory.domain.User;
import dev.allot.graph.odata.CollectionQuery;
import dev.allot.graph.odata.CollectionQuery.Page;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SkipToken;
import dev.allot.licensing.LicensingService;
import dev.allot.security.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** Graph's /groups/{id}/members: list the member users (keyset-paged by display name), add and remove them by reference. */
@RestController
@RequestMapping("/v1.0/groups/{id}/members")
public class GroupMembersController {

    private static final List<String> LIST_OPTIONS = List.of("$select", "$top", "$count", "$skiptoken");

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final GraphLinks links;

    public GroupMembersController(DirectoryService directory, LicensingService licensing, GraphLinks links) {
        this.directory = directory;
        this.licensing = licensing;
        this.links = links;
    }

    @GetMapping
    Map<String, Object> list(Caller caller, HttpServletRequest request, @PathVariable String id) {
        UUID groupId = ObjectIds.parse(id);
        CollectionQuery query = CollectionQuery.parse(QueryOptions.of(request.getParameterMap(), LIST_OPTIONS), UserJson.SELECTABLE,
                pagingScope(caller.tenantId(), groupId));
        Page<User> page = query.page(directory.members(caller.tenantId(), caller.actor(), groupId, query.afterValue(), query.afterId(),
                query.fetchSize()), u -> new PageKey(u.displayName(), u.id()));
        Long total = query.count() ? directory.countMembers(caller.tenantId(), caller.actor(), groupId) : null;
        String next = query.nextLink(links.root() + "/groups/" + groupId + "/members", page.next());
        List<Map<String, Object>> value = UserJson.render(page.items(), query.select(), ids -> licensing.licenses(caller.tenantId(), ids))
                .stream().map(GroupMembersController::asDirectoryObject).toList();
        return CollectionJson.of(links.context(CollectionJson.fragment("directoryObjects", query.select())), total, next, value);
    }

    /** What a position in the list depends on: the collection (this group's members) and the organization; there is no filter. */
    static String pagingScope(UUID tenantId, UUID groupId) {
        return SkipToken.scope("groups/" + groupId + "/members", tenantId);
    }

    @PostMapping("/$ref")
    ResponseEntity<Void> add(Caller caller, @PathVariable String id, @RequestBody(required = false) byte[] body) {
        UUID groupId = ObjectIds.parse(id);
        directory.addMember(caller.tenantId(), caller.actor(), groupId, MemberReference.userId(body));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{userId}/$ref")
    ResponseEntity<Void> remove(Caller caller, @PathVariable String id, @PathVariable String userId) {
        directory.removeMember(caller.tenantId(), caller.actor(), ObjectIds.parse(id), ObjectIds.parse(userId));
        return ResponseEntity.noContent().build();
    }

    /** Members are directory objects, so each says first which type it is. */
    static Map<String, Object> asDirectoryObject(Map<String, Object> user) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("@odata.type", "#microsoft.graph.user");
        out.putAll(user);
        return out;
    }
}
