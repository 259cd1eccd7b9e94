package dev.allot.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;

/** Every failure of an API request, turned into the one error vocabulary and answered by {@link HttpErrors}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final HttpErrors errors;

    public ErrorAdvice(HttpErrors errors) {
        this.errors = errors;
    }

    @ExceptionHandler(AllotException.class)
    Object refused(HttpServletRequest request, AllotException e) {
        return answer(request, e.code(), e.getMessage(), e.details());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request, HttpMessageNotReadableException e) {
        if (causedBy(e, BodySizeLimitFilter.BodyTooLargeException.class)) {
            return answer(request, ErrorCode.BODY_TOO_LARGE, BodySizeLimitFilter.TOO_LARGE, List.of());
        }
        return answer(request, ErrorCode.MALFORMED_JSON, "The request body could not be read as JSON.", List.of());
    }

    @ExceptionHandler(BodySizeLimitFilter.BodyTooLargeException.class)
    Object tooLarge(HttpServletRequest request) {
        return answer(request, ErrorCode.BODY_TOO_LARGE, BodySizeLimitFilter.TOO_LARGE, List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object badArgument(HttpServletRequest request, MethodArgumentTypeMismatchException e) {
        return answer(request, ErrorCode.INVALID_VALUE, "Invalid value '" + e.getValue() + "' for " + e.getName() + ".", List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(HttpServletRequest request, MissingServletRequestParameterException e) {
        return answer(request, ErrorCode.BAD_REQUEST, "The query parameter '" + e.getParameterName() + "' is required.", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noRoute(HttpServletRequest request, NoResourceFoundException e) {
        if (HttpErrors.isGraph(request)) {
            String path = request.getRequestURI();
            String segment = path.substring(path.lastIndexOf('/') + 1);
            return answer(request, ErrorCode.NO_ROUTE, "Resource not found for the segment '" + segment + "'.", List.of());
        }
        return answer(request, ErrorCode.NOT_FOUND, "There is nothing at " + request.getRequestURI() + ".", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpServletRequest request, HttpRequestMethodNotSupportedException e) {
        return answer(request, ErrorCode.METHOD_NOT_ALLOWED, "The HTTP method '" + e.getMethod() + "' is not supported here"
                + (e.getSupportedMethods() == null ? "." : "; use " + String.join(", ", e.getSupportedMethods()) + "."), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpServletRequest request, HttpMediaTypeNotSupportedException e) {
        String accepted = e.getSupportedMediaTypes().isEmpty() ? "application/json"
                : String.join(" or ", e.getSupportedMediaTypes().stream().map(MediaType::toString).sorted().toList());
        return answer(request, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the request body as " + accepted + ".", List.of());
    }

    /** A file upload (multipart) that is too large or cannot be read as multipart at all. */
    @ExceptionHandler(MultipartException.class)
    Object multipart(HttpServletRequest request, MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return answer(request, ErrorCode.BODY_TOO_LARGE, BodySizeLimitFilter.TOO_LARGE, List.of());
        }
        return answer(request, ErrorCode.BAD_REQUEST, "The request body could not be read as multipart/form-data.", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request) {
        return answer(request, ErrorCode.NOT_ACCEPTABLE, "This resource is available as application/json only.", List.of());
    }

    /** A constraint the database enforces fired: the request was invalid, nothing was written. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(HttpServletRequest request, DataIntegrityViolationException e) {
        log.warn("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return answer(request, ErrorCode.INVALID_VALUE,
                "The request conflicts with the organization's data (a database constraint refused it); nothing was changed.", List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(HttpServletRequest request, Exception e) {
        log.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, ErrorCode.INTERNAL,
                "Allot could not complete the request because of an internal error. Quote the request-id when reporting it.", List.of());
    }

    /** Admin center pages get an HTML page (or, for htmx, a panel in the page); the APIs their JSON shapes. */
    private Object answer(HttpServletRequest request, ErrorCode code, String message, List<AllotException.Detail> details) {
        if (AdminCenterErrors.wantsPage(request)) {
            return AdminCenterErrors.page(request, code, message);
        }
        return errors.response(request, code, message, details);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
