package dev.allot.graph.odata;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/**
 * The wording of every $filter refusal: what is wrong, where (1-based character position), and what is supported,
 * so that whoever wrote the filter can fix it from the message alone.
 */
final class FilterErrors {

    private FilterErrors() {
    }

    /** The filter is not valid OData, or not valid for the properties it names. */
    static AllotException invalid(String what, int position, String help) {
        return new AllotException(ErrorCode.BAD_REQUEST, "Invalid $filter: " + what + " at position " + position + ". " + help);
    }

    /** The filter is valid OData that Allot does not (yet) answer. */
    static AllotException unsupported(String what, int position, String help) {
        return new AllotException(ErrorCode.UNSUPPORTED_QUERY, "Unsupported $filter: " + what + " at position " + position + ". " + help);
    }

    /** The filter as a whole is beyond a limit. */
    static AllotException tooLarge(String what) {
        return new AllotException(ErrorCode.BAD_REQUEST, "Invalid $filter: " + what + ".");
    }
}
