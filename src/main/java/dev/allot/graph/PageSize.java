package dev.allot.graph;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/** OData {@code $top} on directory collections: Graph's default page of 100, at most 999. */
public final class PageSize {

    public static final int DEFAULT = 100;
    public static final int MAX = 999;

    private PageSize() {
    }

    public static int parse(String top) {
        if (top == null) {
            return DEFAULT;
        }
        try {
            int size = Integer.parseInt(top.strip());
            if (size >= 1 && size <= MAX) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like an out-of-range size
        }
        throw new AllotException(ErrorCode.UNSUPPORTED_QUERY,
                "Invalid page size specified: '" + top + "'. Must be between 1 and " + MAX + " inclusive.");
    }
}
