package dev.allot.graph;

import java.util.List;
import java.util.function.Function;

/** A page cut from {@link ListQuery#fetchSize()} rows, and the key of its last item when more follow. */
public record KeysetPage<T>(List<T> items, KeysetToken next) {

    public static <T> KeysetPage<T> of(List<T> fetched, int size, Function<T, KeysetToken> keyOf) {
        if (fetched.size() <= size) {
            return new KeysetPage<>(fetched, null);
        }
        return new KeysetPage<>(fetched.subList(0, size), keyOf.apply(fetched.get(size - 1)));
    }
}
