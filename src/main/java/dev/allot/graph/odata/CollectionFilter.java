package dev.allot.graph.odata;

import dev.allot.graph.odata.FilterExpression.Any;
import dev.allot.graph.odata.FilterExpression.Comparison;

/** Filters on a collection-valued property, such as a user's assignedLicenses: its any() lambda and its $count. */
interface CollectionFilter {

    /** SQL for {@code collection/any(x: ...)}. */
    String any(Any node, SqlParameters parameters);

    /** SQL for {@code collection/$count op n}. */
    String count(Comparison node, SqlParameters parameters);

    /** How the collection may be filtered on, for the message when it is used like a plain property. */
    String usage();
}
