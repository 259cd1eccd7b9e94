package dev.allot.graph.odata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.allot.graph.odata.FilterExpression.And;
import dev.allot.graph.odata.FilterExpression.Any;
import dev.allot.graph.odata.FilterExpression.Comparison;
import dev.allot.graph.odata.FilterExpression.In;
import dev.allot.graph.odata.FilterExpression.Not;
import dev.allot.graph.odata.FilterExpression.Or;
import dev.allot.graph.odata.FilterExpression.StartsWith;
import dev.allot.graph.odata.FilterToken.Kind;

/**
 * Recursive-descent parser for the part of OData {@code $filter} that Allot answers:
 * <pre>
 * filter    := or END
 * or        := and ('or' and)*
 * and       := unary ('and' unary)*
 * unary     := 'not' unary | primary
 * primary   := '(' or ')' | 'startswith' '(' path ',' literal ')' | predicate
 * predicate := path op literal | path 'in' '(' literal (',' literal)* ')' | path '/any(' word ':' or ')'
 * path      := word ('/' word)*
 * </pre>
 * Limits keep a hostile filter from costing much: its length, how deeply it nests and how many values it compares.
 * Which properties and operators mean something is the translators' business, not the grammar's.
 */
public final class FilterParser {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_DEPTH = 32;
    public static final int MAX_TERMS = 50;

    private static final Set<String> RESERVED = Set.of("and", "or", "not", "in", "eq", "ne", "gt", "ge", "lt", "le");
    private static final Set<String> ARITHMETIC = Set.of("has", "add", "sub", "mul", "div", "divby", "mod");

    private final List<FilterToken> tokens;
    private final String help;
    private int next;
    private int depth;
    private int terms;

    private FilterParser(List<FilterToken> tokens, String help) {
        this.tokens = tokens;
        this.help = help;
    }

    /**
     * @param help what the caller supports, appended to every error (e.g. "Supported: eq, ne, ...")
     */
    public static FilterExpression parse(String filter, String help) {
        if (filter == null || filter.isBlank()) {
            throw FilterErrors.invalid("the filter is empty", 1, help);
        }
        if (filter.length() > MAX_LENGTH) {
            throw FilterErrors.tooLarge("it is " + filter.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        FilterParser parser = new FilterParser(FilterTokenizer.tokenize(filter, help), help);
        FilterExpression expression = parser.or();
        parser.expectEnd();
        return expression;
    }

    private FilterExpression or() {
        FilterExpression left = and();
        while (peek().isWord("or")) {
            FilterToken or = take();
            left = new Or(left, and(), or.position());
        }
        return left;
    }

    private FilterExpression and() {
        FilterExpression left = unary();
        while (peek().isWord("and")) {
            FilterToken and = take();
            left = new And(left, unary(), and.position());
        }
        return left;
    }

    private FilterExpression unary() {
        if (!peek().isWord("not")) {
            return primary();
        }
        FilterToken not = take();
        enter(not);
        FilterExpression operand = unary();
        leave();
        return new Not(operand, not.position());
    }

    private FilterExpression primary() {
        FilterToken token = peek();
        if (token.is(Kind.OPEN)) {
            return group();
        }
        if (!token.is(Kind.WORD)) {
            throw startOfCondition(token);
        }
        if (RESERVED.contains(token.text().toLowerCase(Locale.ROOT))) {
            throw FilterErrors.invalid("expected a condition, found " + token.describe(), token.position(), help);
        }
        if (peek(1).is(Kind.OPEN)) {
            return function();
        }
        return predicate();
    }

    private FilterExpression group() {
        FilterToken open = take();
        enter(open);
        FilterExpression inside = or();
        expect(Kind.CLOSE, "')' to close the '(' at position " + open.position());
        leave();
        return inside;
    }

    private FilterExpression function() {
        FilterToken name = take();
        if (!name.isWord("startswith")) {
            throw FilterErrors.unsupported("function '" + name.text() + "()'", name.position(), help);
        }
        take();
        PropertyPath property = path();
        expect(Kind.COMMA, "',' between the property and the text startswith() looks for");
        Literal prefix = literal();
        expect(Kind.CLOSE, "')' to close startswith(");
        return new StartsWith(property, prefix, name.position());
    }

    private FilterExpression predicate() {
        PropertyPath property = path();
        if (peek().is(Kind.SLASH)) {
            return lambda(property);
        }
        FilterToken operator = take();
        if (operator.isWord("in")) {
            return new In(property, literalList(), operator.position());
        }
        return ComparisonOperator.named(operator.is(Kind.WORD) ? operator.text() : "")
                .<FilterExpression>map(op -> new Comparison(property, op, literal(), operator.position()))
                .orElseThrow(() -> notAnOperator(property, operator));
    }

    /** A property path; stops before '/any(' so the caller can read the lambda. */
    private PropertyPath path() {
        FilterToken first = expectWord("a property name");
        List<String> segments = new ArrayList<>(List.of(segment(first)));
        while (peek().is(Kind.SLASH) && !isLambdaAfterSlash()) {
            take();
            if (segments.get(segments.size() - 1).equals(PropertyPath.COUNT)) {
                throw FilterErrors.invalid("nothing may follow $count", peek().position(), help);
            }
            segments.add(segment(expectWord("a property name after '/'")));
        }
        return new PropertyPath(segments, first.position());
    }

    private String segment(FilterToken word) {
        if (word.text().startsWith("$") && !word.text().equals(PropertyPath.COUNT)) {
            throw FilterErrors.unsupported("'" + word.text() + "'", word.position(), help);
        }
        return word.text();
    }

    private boolean isLambdaAfterSlash() {
        return (peek(1).isWord("any") || peek(1).isWord("all")) && peek(2).is(Kind.OPEN);
    }

    private FilterExpression lambda(PropertyPath collection) {
        take();
        FilterToken kind = take();
        if (kind.isWord("all")) {
            throw FilterErrors.unsupported("the lambda operator 'all'", kind.position(), help);
        }
        FilterToken open = take();
        if (peek().is(Kind.CLOSE)) {
            throw FilterErrors.unsupported("any() without a condition", open.position(), help);
        }
        String variable = expectWord("the name of the lambda variable, as in any(x:x/skuId eq ...)").text();
        expect(Kind.COLON, "':' after the lambda variable '" + variable + "'");
        enter(open);
        FilterExpression condition = or();
        leave();
        expect(Kind.CLOSE, "')' to close the any( at position " + open.position());
        return new Any(collection, variable, condition, kind.position());
    }

    private List<Literal> literalList() {
        FilterToken open = peek();
        expect(Kind.OPEN, "'(' and a list of values after 'in'");
        List<Literal> values = new ArrayList<>(List.of(literal()));
        while (peek().is(Kind.COMMA)) {
            take();
            values.add(literal());
        }
        expect(Kind.CLOSE, "',' or ')' to close the list opened at position " + open.position());
        return values;
    }

    private Literal literal() {
        FilterToken token = take();
        Literal literal = switch (token.kind()) {
            case STRING -> new Literal(Literal.Kind.STRING, token.value(), token.text(), token.position());
            case GUID -> new Literal(Literal.Kind.GUID, token.value(), token.text(), token.position());
            case INTEGER -> new Literal(Literal.Kind.INTEGER, token.value(), token.text(), token.position());
            case WORD -> keywordLiteral(token);
            default -> throw notAValue(token);
        };
        countTerm(token);
        return literal;
    }

    private Literal keywordLiteral(FilterToken token) {
        if (token.isWord("true") || token.isWord("false")) {
            return new Literal(Literal.Kind.BOOLEAN, token.isWord("true"), token.text(), token.position());
        }
        if (token.isWord("null")) {
            return new Literal(Literal.Kind.NULL, null, token.text(), token.position());
        }
        throw notAValue(token);
    }

    private void countTerm(FilterToken token) {
        if (++terms > MAX_TERMS) {
            throw FilterErrors.invalid("the filter compares more than " + MAX_TERMS + " values; value " + terms
                    + " is here. Split the query into several requests", token.position(), help);
        }
    }

    private void enter(FilterToken token) {
        if (++depth > MAX_DEPTH) {
            throw FilterErrors.invalid("the filter nests more than " + MAX_DEPTH + " levels deep", token.position(), help);
        }
    }

    private void leave() {
        depth--;
    }

    private void expectEnd() {
        FilterToken token = peek();
        if (!token.is(Kind.END)) {
            throw FilterErrors.invalid("expected 'and', 'or' or the end of the filter, found " + token.describe(), token.position(), help);
        }
    }

    private FilterToken expect(Kind kind, String what) {
        FilterToken token = peek();
        if (!token.is(kind)) {
            throw FilterErrors.invalid("expected " + what + ", found " + token.describe(), token.position(), help);
        }
        return take();
    }

    private FilterToken expectWord(String what) {
        return expect(Kind.WORD, what);
    }

    private RuntimeException startOfCondition(FilterToken token) {
        if (token.is(Kind.STRING) || token.is(Kind.GUID) || token.is(Kind.INTEGER)) {
            return FilterErrors.invalid("expected a property name, found the value " + token.describe()
                    + " (write the property first, as in displayName eq 'Adele')", token.position(), help);
        }
        return FilterErrors.invalid("expected a condition, found " + token.describe(), token.position(), help);
    }

    private RuntimeException notAnOperator(PropertyPath property, FilterToken token) {
        if (token.is(Kind.WORD) && ARITHMETIC.contains(token.text().toLowerCase(Locale.ROOT))) {
            return FilterErrors.unsupported("operator '" + token.text() + "'", token.position(), help);
        }
        return FilterErrors.invalid("expected an operator such as eq, ne or in after '" + property + "', found " + token.describe(),
                token.position(), help);
    }

    private RuntimeException notAValue(FilterToken token) {
        return FilterErrors.invalid("expected a value ('text', true, false, null, a GUID or a number), found " + token.describe(),
                token.position(), help);
    }

    private FilterToken peek() {
        return peek(0);
    }

    private FilterToken peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    /** The next token; at the end, END again (so lookahead past the end needs no bounds checks). */
    private FilterToken take() {
        FilterToken token = peek();
        if (!token.is(Kind.END)) {
            next++;
        }
        return token;
    }
}
