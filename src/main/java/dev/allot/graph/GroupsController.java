package dev.allot.graph;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.SqlCondition;
import dev.allot.directory.UserPage.PageKey;
import dev.allot.directory.domain.Group;
import dev.allot.graph.odata.CollectionQuery;
import dev.allot.graph.odata.CollectionQuery.Page;
import dev.allot.graph.odata.GroupFilter;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SelectClause;
import dev.allot.graph.odata.SkipToken;
import dev.allot.licensing.GroupLicensingService;
import dev.allot.security.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** Graph's /groups: list (keyset-paged by display name), create, read, change, delete. */
@RestController
@RequestMapping("/v1.0/groups")
public class GroupsController {

    private static final List<String> LIST_OPTIONS = List.of("$select", "$filter", "$top", "$count", "$skiptoken");

    private final DirectoryService directory;
    private final GroupLicensingService groupLicensing;
    private final GraphLinks links;

    public GroupsController(DirectoryService directory, GroupLicensingService groupLicensing, GraphLinks links) {
        this.directory = directory;
        this.groupLicensing = groupLicensing;
        this.links = links;
    }

    @GetMapping
    Map<String, Object> list(Caller caller, HttpServletRequest request) {
        QueryOptions options = QueryOptions.of(request.getParameterMap(), LIST_OPTIONS);
        String filter = options.get("$filter").orElse(null);
        CollectionQuery query = CollectionQuery.parse(options, GroupJson.SELECTABLE, pagingScope(caller.tenantId(), filter));
        SqlCondition condition = GroupFilter.toSql(filter);
        Page<Group> page = query.page(directory.groups(caller.tenantId(), caller.actor(), condition, query.afterValue(), query.afterId(),
                query.fetchSize()), g -> new PageKey(g.displayName(), g.id()));
        Long total = query.count() ? directory.countGroups(caller.tenantId(), caller.actor(), condition) : null;
        String next = query.nextLink(links.root() + "/groups", page.next());
        Map<UUID, GroupJson.Licensing> licensing = licensing(caller.tenantId(), page.items(), query.select());
        List<Map<String, Object>> value = page.items().stream().map(g -> GroupJson.render(g, licensing.get(g.id()), query.select())).toList();
        return CollectionJson.of(links.context(CollectionJson.fragment("groups", query.select())), total, next, value);
    }

    /** What a position in the list depends on: the collection, the organization and the filter. */
    static String pagingScope(UUID tenantId, String filter) {
        return SkipToken.scope("groups", tenantId, filter);
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(Caller caller, @RequestBody(required = false) byte[] body) {
        Group created = directory.createGroup(caller.tenantId(), caller.actor(), GroupBody.parse(body).forCreate());
        return ResponseEntity.status(HttpStatus.CREATED).body(entity(created, SelectClause.DEFAULT));
    }

    @GetMapping("/{id}")
    Map<String, Object> get(Caller caller, HttpServletRequest request, @PathVariable String id) {
        QueryOptions options = QueryOptions.of(request.getParameterMap(), List.of("$select"));
        SelectClause fields = SelectClause.parse(options.get("$select").orElse(null), GroupJson.SELECTABLE);
        Group group = directory.group(caller.tenantId(), caller.actor(), ObjectIds.parse(id));
        return CollectionJson.entity(links.context(CollectionJson.entityFragment("groups", fields)),
                GroupJson.render(group, licensing(caller.tenantId(), List.of(group), fields).get(group.id()), fields));
    }

    @PatchMapping("/{id}")
    ResponseEntity<Void> update(Caller caller, @PathVariable String id, @RequestBody(required = false) byte[] body) {
        UUID groupId = ObjectIds.parse(id);
        GroupBody changes = GroupBody.parse(body);
        directory.updateGroup(caller.tenantId(), caller.actor(), groupId, changes::applyTo);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(Caller caller, @PathVariable String id) {
        directory.deleteGroup(caller.tenantId(), caller.actor(), ObjectIds.parse(id));
        return ResponseEntity.noContent().build();
    }

    /** The licensing of a page of groups, read together, only when a licensing property is selected. */
    private Map<UUID, GroupJson.Licensing> licensing(UUID tenantId, List<Group> groups, SelectClause select) {
        Map<UUID, GroupJson.Licensing> out = new java.util.HashMap<>();
        if (!GroupJson.needsLicensing(select)) {
            return out;
        }
        List<UUID> ids = groups.stream().map(Group::id).toList();
        var licenses = groupLicensing.licenses(tenantId, ids);
        var withErrors = groupLicensing.groupsWithErrors(tenantId, ids);
        ids.forEach(id -> out.put(id, new GroupJson.Licensing(licenses.getOrDefault(id, List.of()), withErrors.contains(id))));
        return out;
    }

    private Map<String, Object> entity(Group group, SelectClause fields) {
        return CollectionJson.entity(links.context(CollectionJson.entityFragment("groups", fields)), GroupJson.render(group, fields));
    }
}
