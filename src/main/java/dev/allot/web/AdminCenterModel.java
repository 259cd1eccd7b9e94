package dev.allot.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.allot.security.AdminPrincipal;
import dev.allot.tenant.TenantStore;
import jakarta.servlet.http.HttpServletRequest;

/** What every admin center page shows around its content: the organization, the admin, the languages. */
@ControllerAdvice(basePackages = "dev.allot.web")
class AdminCenterModel {

    private final TenantStore tenants;

    AdminCenterModel(TenantStore tenants) {
        this.tenants = tenants;
    }

    @ModelAttribute("languages")
    List<Locale> languages() {
        return Languages.SUPPORTED;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequestUri(request).replacePath(request.getRequestURI()).replaceQuery(null)
                .build().getPath();
    }

    @ModelAttribute("adminName")
    String adminName() {
        return admin() == null ? null : admin().getUsername();
    }

    @ModelAttribute("organizationName")
    String organizationName() {
        AdminPrincipal admin = admin();
        return admin == null ? null : tenants.find(admin.tenantId()).map(t -> t.displayName()).orElse(null);
    }

    private static AdminPrincipal admin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AdminPrincipal a ? a : null;
    }
}
