package dev.allot.graph.odata;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.allot.directory.UserPage.PageKey;

/**
 * The options every keyset-paged Graph collection answers ($select, $top, $count and $skiptoken) and the paging
 * that comes with them: where the page starts, and the link to the next one. The skip token is bound to the paging
 * scope, what a position in the collection depends on; $select, $top and $count do not move it, so a script may
 * change them between pages.
 */
public record CollectionQuery(QueryOptions options, SelectClause select, int top, boolean count, PageKey after, String pagingScope) {

    public static CollectionQuery parse(QueryOptions options, Set<String> selectable, String pagingScope) {
        PageKey after = SkipToken.decode(options.get("$skiptoken").orElse(null), pagingScope);
        return new CollectionQuery(options, SelectClause.parse(options.get("$select").orElse(null), selectable),
                PageSize.parse(options.get("$top").orElse(null)), CountOption.parse(options.get("$count").orElse(null)), after, pagingScope);
    }

    /** Rows to read: one more than the page holds tells whether a next page exists, without counting. */
    public int fetchSize() {
        return top + 1;
    }

    public String afterValue() {
        return after == null ? null : after.sortValue();
    }

    public UUID afterId() {
        return after == null ? null : after.id();
    }

    /** The page cut from {@link #fetchSize()} rows, with the key of its last item when more follow. */
    public <T> Page<T> page(List<T> fetched, Function<T, PageKey> keyOf) {
        if (fetched.size() <= top) {
            return new Page<>(fetched, null);
        }
        return new Page<>(fetched.subList(0, top), keyOf.apply(fetched.get(top - 1)));
    }

    /** The absolute link to the next page (null when there is none): the same options, and where to resume. */
    public String nextLink(String collectionUrl, PageKey next) {
        return next == null ? null : collectionUrl + "?" + options.queryStringWith("$skiptoken", SkipToken.encode(next, pagingScope));
    }

    /** One page of a collection and, when more follow, the key to continue after its last item. */
    public record Page<T>(List<T> items, PageKey next) {
    }
}
