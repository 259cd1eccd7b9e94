package dev.allot.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.UserPage;
import dev.allot.directory.domain.User;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SelectClause;
import dev.allot.graph.odata.UserFilter;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.UserLicenses;
import dev.allot.security.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** The users collection of the Graph API: list (filtered, ordered, paged by keyset) and count. */
@RestController
public class UsersCollectionController {

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final GraphLinks links;

    public UsersCollectionController(DirectoryService directory, LicensingService licensing, GraphLinks links) {
        this.directory = directory;
        this.licensing = licensing;
        this.links = links;
    }

    /** GET /v1.0/users with $select, $filter, $top, $count, $orderby and $skiptoken. */
    @GetMapping("/v1.0/users")
    public Map<String, Object> list(Caller caller, HttpServletRequest request) {
        UserListQuery query = UserListQuery.parse(request.getParameterMap(), caller.tenantId());
        UserPage page = directory.users(caller.tenantId(), caller.actor(), query.filter(), query.orderBy().order(),
                query.orderBy().descending(), query.after(), query.top());
        // the keys in Graph's order: scripts that read the response as a stream meet the links before the values
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", links.context("users"));
        if (query.count()) {
            body.put("@odata.count", directory.countUsers(caller.tenantId(), caller.actor(), query.filter()));
        }
        if (page.next() != null) {
            body.put("@odata.nextLink", query.nextLink(links.root() + "/users", page.next()));
        }
        body.put("value", render(caller.tenantId(), page.users(), query.select()));
        return body;
    }

    /** GET /v1.0/users/$count: how many users match the $filter, as plain text like Graph. */
    @GetMapping("/v1.0/users/$count")
    public ResponseEntity<String> count(Caller caller, HttpServletRequest request) {
        QueryOptions options = QueryOptions.of(request.getParameterMap(), List.of("$filter"), UserListQuery.REFUSALS);
        long count = directory.countUsers(caller.tenantId(), caller.actor(), UserFilter.toSql(options.get("$filter").orElse(null)));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(Long.toString(count));
    }

    /** The page's users as JSON; their licenses, when selected, read for the whole page at once. */
    private List<Map<String, Object>> render(UUID tenantId, List<User> users, SelectClause select) {
        Map<UUID, UserLicenses> licenses = UserJson.needsLicenses(select)
                ? licensing.licenses(tenantId, users.stream().map(User::id).toList())
                : Map.of();
        return users.stream().map(user -> UserJson.render(user, licenses.get(user.id()), select)).toList();
    }
}
