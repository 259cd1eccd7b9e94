package dev.allot.graph;

import java.util.UUID;
import java.util.regex.Pattern;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/** Object ids in Graph URLs. Graph answers a malformed id with a 400, never a 404, so scripts can tell a typo from a gone object. */
public final class ObjectIds {

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private ObjectIds() {
    }

    public static UUID parse(String id) {
        if (!isWellFormed(id)) {
            throw invalid(id);
        }
        return UUID.fromString(id);
    }

    /** Whether the id is a GUID written as Graph writes them (8-4-4-4-12 hexadecimal digits). */
    public static boolean isWellFormed(String id) {
        return id != null && GUID.matcher(id).matches();
    }

    public static AllotException invalid(String id) {
        return new AllotException(ErrorCode.BAD_REQUEST, "Invalid object identifier '" + id + "'.");
    }
}
