package dev.allot.graph.odata;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** OData's comparison operators. All are parsed so that a refusal can name the operator; translators decide which they answer. */
public enum ComparisonOperator {
    EQ, NE, GT, GE, LT, LE;

    static Optional<ComparisonOperator> named(String word) {
        return Arrays.stream(values()).filter(o -> o.keyword().equalsIgnoreCase(word)).findFirst();
    }

    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
