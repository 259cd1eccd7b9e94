package dev.allot.graph.odata;

import java.util.stream.Collectors;

import dev.allot.directory.SqlCondition;
import dev.allot.graph.odata.FilterExpression.And;
import dev.allot.graph.odata.FilterExpression.Any;
import dev.allot.graph.odata.FilterExpression.Comparison;
import dev.allot.graph.odata.FilterExpression.In;
import dev.allot.graph.odata.FilterExpression.Not;
import dev.allot.graph.odata.FilterExpression.Or;
import dev.allot.graph.odata.FilterExpression.StartsWith;

/**
 * Turns a parsed filter into SQL over one entity's table. Client values only ever become named parameters.
 * <p>
 * OData logic has two values where SQL has three: {@code not(mail eq 'x')} must match a user without mail, but
 * in SQL {@code not (null = 'x')} is null, which no row satisfies. Below and/or, SQL's null behaves as false
 * (they are monotone), so only {@code not} needs care: it negates {@code coalesce(..., false)}. For the same
 * reason {@code ne} matches missing values explicitly.
 */
final class FilterTranslator implements FilterVisitor<String> {

    private final FilterVocabulary vocabulary;
    private final SqlParameters parameters = new SqlParameters();

    private FilterTranslator(FilterVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The condition a $filter text asks for over the vocabulary's entity; no filter (null) matches every row. */
    static SqlCondition toSql(String filter, FilterVocabulary vocabulary) {
        return filter == null ? SqlCondition.NONE : translate(FilterParser.parse(filter, vocabulary.help()), vocabulary);
    }

    private static SqlCondition translate(FilterExpression filter, FilterVocabulary vocabulary) {
        FilterTranslator translator = new FilterTranslator(vocabulary);
        String sql = filter.accept(translator);
        return new SqlCondition(sql, translator.parameters.values());
    }

    @Override
    public String and(And node) {
        return "(" + node.left().accept(this) + " and " + node.right().accept(this) + ")";
    }

    @Override
    public String or(Or node) {
        return "(" + node.left().accept(this) + " or " + node.right().accept(this) + ")";
    }

    @Override
    public String not(Not node) {
        return "not coalesce(" + node.operand().accept(this) + ", false)";
    }

    @Override
    public String comparison(Comparison node) {
        if (node.property().isCount()) {
            return vocabulary.collection(node.property()).count(node, parameters);
        }
        FilterProperty property = vocabulary.property(node.property());
        return switch (node.operator()) {
            case EQ -> equalTo(property, node.value());
            case NE -> notEqualTo(property, node.value());
            default -> throw FilterErrors.unsupported("operator '" + node.operator().keyword() + "' on '" + property.name() + "'",
                    node.position(), vocabulary.help());
        };
    }

    @Override
    public String in(In node) {
        FilterProperty property = vocabulary.property(node.property());
        String placeholders = node.values().stream()
                .map(value -> property.placeholder(parameter(property, value)))
                .collect(Collectors.joining(", "));
        return property.compared() + " in (" + placeholders + ")";
    }

    @Override
    public String startsWith(StartsWith node) {
        FilterProperty property = vocabulary.property(node.property());
        if (!property.startsWith()) {
            throw FilterErrors.unsupported("startswith() on '" + property.name() + "'", node.position(), vocabulary.startsWithHelp());
        }
        String prefix = (String) value(property, node.prefix());
        return property.compared() + " like (lower(" + parameters.add(LikePatterns.escape(prefix)) + ") || '%') escape '\\'";
    }

    @Override
    public String any(Any node) {
        return vocabulary.collection(node.collection()).any(node, parameters);
    }

    private String equalTo(FilterProperty property, Literal value) {
        if (value.is(Literal.Kind.NULL)) {
            return property.column() + " is null";
        }
        return property.compared() + " = " + property.placeholder(parameter(property, value));
    }

    private String notEqualTo(FilterProperty property, Literal value) {
        if (value.is(Literal.Kind.NULL)) {
            return property.column() + " is not null";
        }
        String placeholder = property.placeholder(parameter(property, value));
        return "(" + property.column() + " is null or " + property.compared() + " <> " + placeholder + ")";
    }

    private String parameter(FilterProperty property, Literal value) {
        return parameters.add(value(property, value));
    }

    /** The literal as the property's SQL type, or a refusal saying what the property holds. */
    private Object value(FilterProperty property, Literal literal) {
        Object converted = switch (property.type()) {
            case TEXT -> literal.is(Literal.Kind.STRING) ? literal.string() : null;
            case BOOLEAN -> literal.is(Literal.Kind.BOOLEAN) ? literal.bool() : null;
            case GUID -> Guids.of(literal).orElse(null);
        };
        if (converted == null) {
            throw mismatch(property, literal);
        }
        return converted;
    }

    private RuntimeException mismatch(FilterProperty property, Literal literal) {
        String example = switch (property.type()) {
            case TEXT -> property.name() + " eq 'Adele'";
            case BOOLEAN -> property.name() + " eq true";
            case GUID -> property.name() + " eq '6fd2c87f-b296-42f0-b197-1e91e994b900'";
        };
        String nullNote = literal.is(Literal.Kind.NULL) ? " (to match a missing value, use " + property.name() + " eq null)" : "";
        return FilterErrors.invalid("'" + property.name() + "' holds " + property.type().description + ", so it cannot be compared with "
                + literal.text() + nullNote + "; write it as " + example, literal.position(), vocabulary.help());
    }
}
