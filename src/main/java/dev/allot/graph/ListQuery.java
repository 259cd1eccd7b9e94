package dev.allot.graph;

import java.util.Set;
import java.util.UUID;

import dev.allot.graph.odata.CountOption;
import dev.allot.graph.odata.PageSize;
import dev.allot.graph.odata.QueryOptions;
import dev.allot.graph.odata.SelectClause;

/** The query options of a keyset-paged directory collection: $select, $top, $skiptoken and $count. */
public record ListQuery(QueryOptions options, SelectClause select, int size, KeysetToken after, boolean count) {

    public static ListQuery parse(QueryOptions options, String pageKind, Set<String> selectable) {
        return new ListQuery(options, SelectClause.parse(options.get("$select").orElse(null), selectable),
                PageSize.parse(options.get("$top").orElse(null)), KeysetToken.decode(pageKind, options.get("$skiptoken").orElse(null)),
                CountOption.parse(options.get("$count").orElse(null)));
    }

    /** Rows to read: one more than the page holds tells whether a next page exists, without counting. */
    public int fetchSize() {
        return size + 1;
    }

    public String afterValue() {
        return after == null ? null : after.sortValue();
    }

    public UUID afterId() {
        return after == null ? null : after.id();
    }

    /** The absolute link to the next page (null when there is none): the same query options, with a new $skiptoken. */
    public String nextLink(String collectionUrl, String pageKind, KeysetToken next) {
        return next == null ? null : collectionUrl + "?" + options.queryStringWith("$skiptoken", next.encode(pageKind));
    }
}
