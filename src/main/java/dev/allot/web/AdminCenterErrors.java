package dev.allot.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

import dev.allot.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors of admin center pages as pages: a person reading "Not found" in the page's language, with the way
 * back, rather than a JSON body. An htmx request gets the same panel, retargeted into the page's main area.
 */
final class AdminCenterErrors {

    private AdminCenterErrors() {
    }

    static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/v1.0") || path.startsWith("/api/") || path.startsWith("/openapi") || path.startsWith("/webjars/")) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return request.getHeader("HX-Request") != null || (accept != null && accept.contains("text/html"));
    }

    static ModelAndView page(HttpServletRequest request, ErrorCode code, String message) {
        boolean htmx = request.getHeader("HX-Request") != null;
        ModelAndView mav = new ModelAndView(htmx ? "error :: panel" : "error", Map.of("code", code.name(), "detail", message == null ? "" : message));
        mav.setStatus(HttpStatus.valueOf(code.httpStatus() == 400 && code == ErrorCode.NO_ROUTE ? 404 : code.httpStatus()));
        var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (htmx && attributes != null && attributes.getResponse() != null) {
            attributes.getResponse().setHeader("HX-Retarget", "#main");
            attributes.getResponse().setHeader("HX-Reswap", "innerHTML");
        }
        return mav;
    }
}
