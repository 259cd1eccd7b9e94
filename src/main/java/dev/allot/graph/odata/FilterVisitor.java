package dev.allot.graph.odata;

import dev.allot.graph.odata.FilterExpression.And;
import dev.allot.graph.odata.FilterExpression.Any;
import dev.allot.graph.odata.FilterExpression.Comparison;
import dev.allot.graph.odata.FilterExpression.In;
import dev.allot.graph.odata.FilterExpression.Not;
import dev.allot.graph.odata.FilterExpression.Or;
import dev.allot.graph.odata.FilterExpression.StartsWith;

/** Does something with each kind of filter node (Java 17 has no pattern matching over sealed types in switch). */
public interface FilterVisitor<R> {

    R and(And node);

    R or(Or node);

    R not(Not node);

    R comparison(Comparison node);

    R in(In node);

    R startsWith(StartsWith node);

    R any(Any node);
}
