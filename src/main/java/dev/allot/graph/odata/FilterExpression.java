package dev.allot.graph.odata;

import java.util.List;

/**
 * A parsed {@code $filter}. Every node knows where it was written (1-based position), so a translator that
 * refuses a node can point at it.
 */
public sealed interface FilterExpression {

    int position();

    <R> R accept(FilterVisitor<R> visitor);

    record And(FilterExpression left, FilterExpression right, int position) implements FilterExpression {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.and(this);
        }
    }

    record Or(FilterExpression left, FilterExpression right, int position) implements FilterExpression {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.or(this);
        }
    }

    record Not(FilterExpression operand, int position) implements FilterExpression {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.not(this);
        }
    }

    /** {@code property op value}; the position is the operator's. */
    record Comparison(PropertyPath property, ComparisonOperator operator, Literal value, int position) implements FilterExpression {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.comparison(this);
        }
    }

    /** {@code property in (value, ...)}; the position is the {@code in}'s. */
    record In(PropertyPath property, List<Literal> values, int position) implements FilterExpression {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.in(this);
        }
    }

    /** {@code startswith(property, 'prefix')}. */
    record StartsWith(PropertyPath property, Literal prefix, int position) implements FilterExpression {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.startsWith(this);
        }
    }

    /** {@code collection/any(variable: condition)}. */
    record Any(PropertyPath collection, String variable, FilterExpression condition, int position) implements FilterExpression {
        @Override
        public <R> R accept(FilterVisitor<R> visitor) {
            return visitor.any(this);
        }
    }
}
