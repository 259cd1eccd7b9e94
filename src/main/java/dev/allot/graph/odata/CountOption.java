package dev.allot.graph.odata;

import dev.allot.error.AllotException;

/** {@code $count}: whether a collection answer also says how many items match in all. */
public final class CountOption {

    private CountOption() {
    }

    /** Whether the count was asked for; null (no $count) means no. */
    public static boolean parse(String count) {
        if (count == null || count.equalsIgnoreCase("false")) {
            return false;
        }
        if (count.equalsIgnoreCase("true")) {
            return true;
        }
        throw AllotException.badRequest("Invalid value '" + count + "' for $count: use $count=true or $count=false.");
    }
}
