package dev.allot.error;

import java.util.List;

/** A refusal with a code from the one vocabulary and a message meant for the person or script that asked. */
public class AllotException extends RuntimeException {

    private final ErrorCode code;
    private final List<Detail> details;

    public AllotException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public AllotException(ErrorCode code, String message, List<Detail> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = List.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    /** Further reasons, when one request was refused for several (e.g. every violated licensing rule). */
    public List<Detail> details() {
        return details;
    }

    public static AllotException notFound(String message) {
        return new AllotException(ErrorCode.NOT_FOUND, message);
    }

    public static AllotException badRequest(String message) {
        return new AllotException(ErrorCode.BAD_REQUEST, message);
    }

    public static AllotException invalidValue(String message) {
        return new AllotException(ErrorCode.INVALID_VALUE, message);
    }

    /** One reason among several, with what it concerns (a skuId, a property name...). */
    public record Detail(ErrorCode code, String message, String target) {
    }
}
