package dev.allot.web.users;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.allot.billing.ProductSummaries;
import dev.allot.billing.ProductSummary;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.DirectoryService.DeletedUser;
import dev.allot.directory.domain.User;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.LicensingService;
import dev.allot.security.Caller;
import dev.allot.tenant.Tenant;
import dev.allot.tenant.TenantStore;
import jakarta.servlet.http.HttpSession;

/** Add a user, Edit user (the user's details) and Delete user, each ending on Active users with a message. */
@Controller
@RequestMapping("/users")
class UserDetailsController {

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final ProductSummaries products;
    private final TenantStore tenants;
    private final MessageSource messages;

    UserDetailsController(DirectoryService directory, LicensingService licensing, ProductSummaries products, TenantStore tenants,
            MessageSource messages) {
        this.directory = directory;
        this.licensing = licensing;
        this.products = products;
        this.tenants = tenants;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newUser(Caller caller, Model model) {
        String location = tenants.find(caller.tenantId()).map(Tenant::defaultUsageLocation).orElse(null);
        return show(model, null, UserForm.blank(location), Map.of());
    }

    @PostMapping("/new")
    String create(Caller caller, @RequestParam MultiValueMap<String, String> values, Model model, RedirectAttributes redirect) {
        UserForm form = UserForm.read(values, null);
        Map<String, UserForm.Problem> problems = new java.util.LinkedHashMap<>(form.problems(true));
        if (problems.isEmpty()) {
            try {
                User created = directory.createUser(caller.tenantId(), caller.actor(), form.creation());
                flash(redirect, "success", "userForm.created", created.displayName());
                return "redirect:/users?open=" + created.id();
            } catch (AllotException e) {
                if (e.code() != ErrorCode.ALREADY_EXISTS) {
                    throw e;
                }
                problems.put("userPrincipalName", UserForm.Problem.of("userForm.error.userPrincipalName.taken"));
            }
        }
        return show(model, null, form, problems);
    }

    @GetMapping("/{userId}/edit")
    String edit(Caller caller, @PathVariable UUID userId, Model model) {
        User user = directory.user(caller.tenantId(), userId);
        return show(model, user, UserForm.of(user), Map.of());
    }

    @PostMapping("/{userId}/edit")
    String update(Caller caller, @PathVariable UUID userId, @RequestParam MultiValueMap<String, String> values, Model model,
            RedirectAttributes redirect) {
        User user = directory.user(caller.tenantId(), userId);
        UserForm form = UserForm.read(values, user);
        Map<String, UserForm.Problem> problems = new java.util.LinkedHashMap<>(form.problems(false));
        if (form.clearsUsageLocation(user) && !licensing.licenses(caller.tenantId(), userId).effective().heldSkus().isEmpty()) {
            problems.put("usageLocation", UserForm.Problem.of("userForm.error.usageLocation.needed"));
        }
        if (!problems.isEmpty()) {
            return show(model, user, form, problems);
        }
        User saved = directory.updateUser(caller.tenantId(), caller.actor(), userId, form.changesTo(user));
        flash(redirect, "success", "userForm.saved", saved.displayName());
        return "redirect:/users?open=" + userId;
    }

    /** Deletes the user; Active users then says whose licenses are free again. */
    @PostMapping("/{userId}/delete")
    String delete(Caller caller, @PathVariable UUID userId, HttpSession session, RedirectAttributes redirect) {
        Map<UUID, String> names = new java.util.HashMap<>();
        for (ProductSummary p : products.all(caller.tenantId(), caller.actor())) {
            names.put(p.skuId(), p.displayName());
        }
        DeletedUser deleted = directory.deleteUser(caller.tenantId(), caller.actor(), userId);
        Selection.of(session).remove(userId);
        List<String> freed = deleted.licensesFreed().stream().map(s -> names.getOrDefault(s, s.toString())).sorted().toList();
        flash(redirect, "success", "users.deleted", deleted.user().displayName(), freed.size(), String.join(", ", freed));
        return "redirect:/users";
    }

    private String show(Model model, User user, UserForm form, Map<String, UserForm.Problem> problems) {
        model.addAttribute("user", user);
        model.addAttribute("creating", user == null);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("countries", Countries.in(LocaleContextHolder.getLocale()));
        return "users/edit";
    }

    private void flash(RedirectAttributes redirect, String kind, String key, Object... args) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, args, LocaleContextHolder.getLocale()));
        redirect.addFlashAttribute("flashKind", kind);
    }
}
