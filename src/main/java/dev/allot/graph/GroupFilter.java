package dev.allot.graph;

import dev.allot.directory.SqlCondition;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/**
 * {@code $filter} on /groups, as a WHERE condition over the groups table (alias {@code g}). The one place an
 * OData filter parser plugs in: until it does, every filter is refused rather than ignored, so no script ever
 * mistakes an unfiltered list for a filtered one.
 */
final class GroupFilter {

    private GroupFilter() {
    }

    static SqlCondition condition(String filter) {
        if (filter == null) {
            return SqlCondition.NONE;
        }
        throw new AllotException(ErrorCode.UNSUPPORTED_QUERY, "The $filter query option is not supported on groups.");
    }
}
