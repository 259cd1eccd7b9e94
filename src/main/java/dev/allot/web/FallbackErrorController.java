package dev.allot.web;

import java.util.List;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.allot.error.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Errors raised outside any controller (the servlet container's own) get the same shapes, never a stack trace. */
@RestController
public class FallbackErrorController implements ErrorController {

    private final HttpErrors errors;

    public FallbackErrorController(HttpErrors errors) {
        this.errors = errors;
    }

    @RequestMapping("/error")
    ResponseEntity<Object> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        HttpServletRequest original = new jakarta.servlet.http.HttpServletRequestWrapper(request) {
            @Override
            public String getRequestURI() {
                return uri == null ? super.getRequestURI() : uri.toString();
            }
        };
        ErrorCode errorCode = switch (code) {
            case 400 -> ErrorCode.BAD_REQUEST;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.BODY_TOO_LARGE;
            default -> code >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_REQUEST;
        };
        String message = switch (errorCode) {
            case NOT_FOUND -> "There is nothing at " + original.getRequestURI() + ".";
            case BODY_TOO_LARGE -> BodySizeLimitFilter.TOO_LARGE;
            case INTERNAL -> "Allot could not complete the request because of an internal error.";
            default -> "The request could not be served.";
        };
        return errors.response(original, errorCode, message, List.of());
    }
}
