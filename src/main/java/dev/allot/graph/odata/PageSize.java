package dev.allot.graph.odata;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/** {@code $top}: how many items a page holds, within Graph's bounds (a default page of 100, at most 999). */
public final class PageSize {

    public static final int DEFAULT = 100;
    public static final int MAX = 999;

    private PageSize() {
    }

    /** The page size asked for; null (no $top) is the default. A size that is not a plain whole number is refused, as Graph does. */
    public static int parse(String top) {
        if (top == null) {
            return DEFAULT;
        }
        int size = isSmallWholeNumber(top) ? Integer.parseInt(top) : 0;
        if (size < 1 || size > MAX) {
            throw new AllotException(ErrorCode.UNSUPPORTED_QUERY,
                    "Invalid page size specified: '" + top + "'. Must be between 1 and " + MAX + " inclusive.");
        }
        return size;
    }

    private static boolean isSmallWholeNumber(String text) {
        return !text.isEmpty() && text.length() <= 4 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
