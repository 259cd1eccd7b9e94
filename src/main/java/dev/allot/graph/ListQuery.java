package dev.allot.graph;

import java.util.Set;
import java.util.UUID;

import dev.allot.graph.odata.CountOption;
import dev.allot.graph.odata.PageSize;
import jakarta.servlet.http.HttpServletRequest;

/** The query options of a keyset-paged directory collection: $select, $top, $skiptoken and $count. */
public record ListQuery(SelectClause select, int size, KeysetToken after, boolean count) {

    public static ListQuery parse(HttpServletRequest request, String pageKind, Set<String> selectable) {
        return new ListQuery(SelectClause.parse(request.getParameter("$select"), selectable), PageSize.parse(request.getParameter("$top")),
                KeysetToken.decode(pageKind, request.getParameter("$skiptoken")), CountOption.parse(request.getParameter("$count")));
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
}
