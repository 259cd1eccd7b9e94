package dev.allot.graph;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.directory.DirectoryService;
import dev.allot.directory.SqlCondition;
import dev.allot.directory.UserPage;
import dev.allot.graph.odata.CollectionQuery;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SkipToken;
import dev.allot.graph.odata.UserFilter;
import dev.allot.graph.odata.UserOrderBy;
import dev.allot.licensing.LicensingService;
import dev.allot.security.Caller;
import jakarta.servlet.http.HttpServletRequest;

/** The users collection of the Graph API: list (filtered, ordered, paged by keyset) and count. */
@RestController
public class UsersCollectionController {

    private static final List<String> LIST_OPTIONS = List.of("$select", "$filter", "$top", "$count", "$orderby", "$skiptoken");
    /** Scripts written for Graph's advanced queries try $search on users: tell them what works here. */
    private static final Map<String, String> REFUSALS = Map.of("$search", "The query option '$search' is not supported. "
            + "Use $filter instead, e.g. $filter=startswith(displayName,'ad') or startswith(mail,'ad').");

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
        QueryOptions options = QueryOptions.of(request.getParameterMap(), LIST_OPTIONS, REFUSALS);
        String filter = options.get("$filter").orElse(null);
        UserOrderBy orderBy = UserOrderBy.parse(options.get("$orderby").orElse(null));
        CollectionQuery query = CollectionQuery.parse(options, UserJson.SELECTABLE, pagingScope(caller.tenantId(), orderBy, filter));
        SqlCondition condition = UserFilter.toSql(filter);
        UserPage page = directory.users(caller.tenantId(), caller.actor(), condition, orderBy.order(), orderBy.descending(), query.after(),
                query.top());
        Long total = query.count() ? directory.countUsers(caller.tenantId(), caller.actor(), condition) : null;
        String next = query.nextLink(links.root() + "/users", page.next());
        return CollectionJson.of(links.context("users"), total, next,
                UserJson.render(page.users(), query.select(), ids -> licensing.licenses(caller.tenantId(), ids)));
    }

    /** GET /v1.0/users/$count: how many users match the $filter, as plain text like Graph. */
    @GetMapping("/v1.0/users/$count")
    public ResponseEntity<String> count(Caller caller, HttpServletRequest request) {
        QueryOptions options = QueryOptions.of(request.getParameterMap(), List.of("$filter"), REFUSALS);
        long count = directory.countUsers(caller.tenantId(), caller.actor(), UserFilter.toSql(options.get("$filter").orElse(null)));
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(Long.toString(count));
    }

    /**
     * What a position in the list depends on: the organization, the order and the filter. Written as before the other collections
     * bound their tokens, so next links already handed out stay valid; it starts with an organization id where theirs start with
     * their collection, so no other collection's token can match it.
     */
    private static String pagingScope(UUID tenantId, UserOrderBy orderBy, String filter) {
        return SkipToken.scope(tenantId, orderBy.order(), orderBy.descending(), filter);
    }
}
