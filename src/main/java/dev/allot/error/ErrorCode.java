package dev.allot.error;

/**
 * Allot's one error vocabulary. Each code carries its HTTP status and the Microsoft Graph error code it is
 * shown as under {@code /v1.0}; everywhere else it becomes an RFC 9457 problem whose type ends in the code's
 * name. Mapped to HTTP in exactly one place (the web error handlers).
 */
public enum ErrorCode {
    BAD_REQUEST(400, "Request_BadRequest"),
    MALFORMED_JSON(400, "Request_BadRequest"),
    UNKNOWN_PROPERTY(400, "Request_BadRequest"),
    INVALID_VALUE(400, "Request_BadRequest"),
    UNSUPPORTED_QUERY(400, "Request_UnsupportedQuery"),
    BODY_TOO_LARGE(400, "Request_BadRequest"),
    ALREADY_EXISTS(400, "Request_BadRequest"),
    NOT_FOUND(404, "Request_ResourceNotFound"),
    NO_ROUTE(400, "BadRequest"),
    METHOD_NOT_ALLOWED(405, "Request_BadRequest"),
    UNSUPPORTED_MEDIA_TYPE(415, "Request_BadRequest"),
    NOT_ACCEPTABLE(406, "Request_BadRequest"),
    UNAUTHENTICATED(401, "InvalidAuthenticationToken"),
    FORBIDDEN(403, "Authorization_RequestDenied"),

    USAGE_LOCATION_MISSING(400, "Request_BadRequest"),
    PRODUCT_NOT_SUBSCRIBED(400, "Request_BadRequest"),
    PRODUCT_NOT_ASSIGNABLE(400, "Request_BadRequest"),
    PLAN_NOT_IN_PRODUCT(400, "Request_BadRequest"),
    LICENSE_NOT_ASSIGNED(400, "Request_BadRequest"),
    LICENSE_INHERITED_FROM_GROUP(400, "Request_BadRequest"),
    PROHIBITED_IN_USAGE_LOCATION(400, "Request_BadRequest"),
    DEPENDENCY_VIOLATION(400, "Request_BadRequest"),
    MUTUALLY_EXCLUSIVE_VIOLATION(400, "Request_BadRequest"),
    COUNT_VIOLATION(400, "Request_BadRequest"),
    QUANTITY_BELOW_IN_USE(400, "Request_BadRequest"),

    INVALID_BATCH(400, "BadRequest"),
    FAILED_DEPENDENCY(424, "FailedDependency"),

    CONFLICT(409, "Request_Conflict"),
    TOO_MANY_REQUESTS(429, "TooManyRequests"),
    INTERNAL(500, "generalException"),
    UNAVAILABLE(503, "serviceNotAvailable");

    private final int httpStatus;
    private final String graphCode;

    ErrorCode(int httpStatus, String graphCode) {
        this.httpStatus = httpStatus;
        this.graphCode = graphCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String graphCode() {
        return graphCode;
    }

    /** The code as it appears in problem details types and in the {@code innerError} of Graph errors. */
    public String title() {
        StringBuilder out = new StringBuilder();
        for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
