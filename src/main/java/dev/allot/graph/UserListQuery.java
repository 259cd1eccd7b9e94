package dev.allot.graph;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.allot.directory.SqlCondition;
import dev.allot.directory.UserPage;
import dev.allot.graph.odata.CountOption;
import dev.allot.graph.odata.PageSize;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SelectClause;
import dev.allot.graph.odata.SkipToken;
import dev.allot.graph.odata.UserFilter;
import dev.allot.graph.odata.UserOrderBy;

/** The query options of {@code GET /v1.0/users}, all parsed and checked before anything is read. */
record UserListQuery(QueryOptions options, SelectClause select, int top, boolean count, UserOrderBy orderBy, SqlCondition filter,
        UserPage.PageKey after, String pagingScope) {

    static final List<String> OPTIONS = List.of("$select", "$filter", "$top", "$count", "$orderby", "$skiptoken");
    /** Scripts written for Graph's advanced queries try $search on users: tell them what works here. */
    static final Map<String, String> REFUSALS = Map.of("$search", "The query option '$search' is not supported. Use $filter instead, "
            + "e.g. $filter=startswith(displayName,'ad') or startswith(mail,'ad').");
    private static final String SKIP_TOKEN = "$skiptoken";

    static UserListQuery parse(Map<String, String[]> parameters, UUID tenantId) {
        QueryOptions options = QueryOptions.of(parameters, OPTIONS, REFUSALS);
        String filterText = options.get("$filter").orElse(null);
        UserOrderBy orderBy = UserOrderBy.parse(options.get("$orderby").orElse(null));
        String pagingScope = pagingScope(tenantId, filterText, orderBy);
        UserPage.PageKey after = options.get(SKIP_TOKEN).map(token -> SkipToken.decode(token, pagingScope)).orElse(null);
        return new UserListQuery(options, SelectClause.parse(options.get("$select").orElse(null), UserJson.SELECTABLE),
                PageSize.parse(options.get("$top").orElse(null)), CountOption.parse(options.get("$count").orElse(null)), orderBy,
                UserFilter.toSql(filterText), after, pagingScope);
    }

    /** The URL of the page after the given position: the same options, and where to resume. */
    String nextLink(String collectionUrl, UserPage.PageKey next) {
        return collectionUrl + "?" + options.queryStringWith(SKIP_TOKEN, SkipToken.encode(next, pagingScope));
    }

    /** What a position in the result depends on; $select, $top and $count do not move it, so a script may change them between pages. */
    private static String pagingScope(UUID tenantId, String filter, UserOrderBy orderBy) {
        return tenantId + "|" + orderBy.order() + "|" + orderBy.descending() + "|" + (filter == null ? "" : filter);
    }
}
