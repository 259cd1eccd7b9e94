package dev.allot.graph.odata;

import java.util.stream.Collectors;

import dev.allot.graph.odata.FilterExpression.And;
import dev.allot.graph.odata.FilterExpression.Any;
import dev.allot.graph.odata.FilterExpression.Comparison;
import dev.allot.graph.odata.FilterExpression.In;
import dev.allot.graph.odata.FilterExpression.Not;
import dev.allot.graph.odata.FilterExpression.Or;
import dev.allot.graph.odata.FilterExpression.StartsWith;

/** Writes a parsed filter in prefix form, e.g. and(eq(displayName,"Adele"),not(...)), so tests can state a whole tree in one line. */
final class FilterPrinter implements FilterVisitor<String> {

    static String print(FilterExpression expression) {
        return expression.accept(new FilterPrinter());
    }

    @Override
    public String and(And node) {
        return "and(" + node.left().accept(this) + "," + node.right().accept(this) + ")";
    }

    @Override
    public String or(Or node) {
        return "or(" + node.left().accept(this) + "," + node.right().accept(this) + ")";
    }

    @Override
    public String not(Not node) {
        return "not(" + node.operand().accept(this) + ")";
    }

    @Override
    public String comparison(Comparison node) {
        return node.operator().keyword() + "(" + node.property() + "," + literal(node.value()) + ")";
    }

    @Override
    public String in(In node) {
        return "in(" + node.property() + "," + node.values().stream().map(FilterPrinter::literal).collect(Collectors.joining(",")) + ")";
    }

    @Override
    public String startsWith(StartsWith node) {
        return "startswith(" + node.property() + "," + literal(node.prefix()) + ")";
    }

    @Override
    public String any(Any node) {
        return "any(" + node.collection() + "," + node.variable() + "," + node.condition().accept(this) + ")";
    }

    /** Strings in double quotes with their decoded value, other literals by kind and value: "O'Brien", GUID:..., BOOLEAN:true. */
    private static String literal(Literal literal) {
        return literal.is(Literal.Kind.STRING) ? "\"" + literal.string() + "\"" : literal.kind() + ":" + literal.value();
    }
}
