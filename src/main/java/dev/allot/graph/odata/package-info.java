/**
 * The OData query of a Graph request: the one home of everything about query options and paging. Controllers read
 * their options here and nowhere else.
 * <ul>
 * <li>{@link dev.allot.graph.odata.QueryOptions}: the system query options of a request, checked against those the
 * route answers (any other is refused, not ignored), and the query string of a next link;
 * {@link dev.allot.graph.odata.QueryStrings} reads and writes raw query strings (also for batched requests).</li>
 * <li>One parser per option: {@link dev.allot.graph.odata.SelectClause} ($select), {@link dev.allot.graph.odata.PageSize}
 * ($top), {@link dev.allot.graph.odata.CountOption} ($count), {@link dev.allot.graph.odata.UserOrderBy} ($orderby), and
 * $filter: {@link dev.allot.graph.odata.FilterParser} into a {@link dev.allot.graph.odata.FilterExpression}, turned into SQL
 * per collection by {@link dev.allot.graph.odata.UserFilter} and {@link dev.allot.graph.odata.GroupFilter}.</li>
 * <li>Keyset paging: {@link dev.allot.graph.odata.CollectionQuery} holds $select, $top, $count and $skiptoken of every paged
 * collection (users, groups, a group's members), cuts the page and writes its @odata.nextLink;
 * {@link dev.allot.graph.odata.SkipToken} is the token, bound by a checksum to the paging scope (the collection, the
 * organization, the filter and the order).</li>
 * </ul>
 * The answer itself (@odata.context, @odata.count, @odata.nextLink, value) is written by {@code dev.allot.graph.CollectionJson}.
 */
package dev.allot.graph.odata;
