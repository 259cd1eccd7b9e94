package dev.allot.web.users;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.allot.billing.ProductSummaries;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.domain.User;
import dev.allot.licensing.BulkLicensingService;
import dev.allot.licensing.BulkMode;
import dev.allot.licensing.BulkOutcome;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.UserLicenses;
import dev.allot.security.Caller;
import dev.allot.web.users.BulkLicenseChoices.FormState;
import dev.allot.web.users.BulkLicenseChoices.Mode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Active users &gt; More options &gt; Manage product licenses, for the users selected across pages: assign more
 * or replace, with a tri-state box per product; then the Licenses updated page with every user's result.
 */
@Controller
@RequestMapping("/users")
class ManageLicensesController {

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final BulkLicensingService bulk;
    private final ProductSummaries products;
    private final MessageSource messages;

    ManageLicensesController(DirectoryService directory, LicensingService licensing, BulkLicensingService bulk, ProductSummaries products,
            MessageSource messages) {
        this.directory = directory;
        this.licensing = licensing;
        this.bulk = bulk;
        this.products = products;
        this.messages = messages;
    }

    @GetMapping("/manage-licenses")
    String form(Caller caller, HttpSession session, Model model, RedirectAttributes redirect) {
        List<User> users = directory.users(caller.tenantId(), caller.actor(), Selection.of(session).users());
        if (users.isEmpty()) {
            return noneSelected(redirect);
        }
        model.addAttribute("choices", choices(caller, users, FormState.NONE));
        return "users/manage-licenses";
    }

    /** Changing the mode or Remove all shows the product table for it, keeping what the admin ticked. */
    @PostMapping("/manage-licenses/choices")
    String choices(Caller caller, @RequestParam MultiValueMap<String, String> form, HttpSession session, Model model) {
        List<User> users = users(caller, form, session);
        model.addAttribute("choices", choices(caller, users, BulkLicenseForm.read(form)));
        return "users/manage-licenses :: choices";
    }

    @PostMapping("/manage-licenses")
    String save(Caller caller, @RequestParam MultiValueMap<String, String> form, HttpSession session, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        List<User> users = users(caller, form, session);
        boolean htmx = request.getHeader("HX-Request") != null;
        if (users.isEmpty()) {
            if (htmx) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/users");
            }
            return noneSelected(redirect);
        }
        BulkLicenseChoices choices = choices(caller, users, BulkLicenseForm.read(form));
        model.addAttribute("choices", choices);
        String problem = problem(choices);
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("shortfalls", choices.shortfalls());
            return htmx ? "users/manage-licenses :: manage-form" : "users/manage-licenses";
        }
        List<UUID> ids = users.stream().map(User::id).toList();
        Map<UUID, UserLicenses> before = licensing.licenses(caller.tenantId(), ids);
        var catalog = BulkLicenseChoices.catalog(before);
        List<BulkOutcome> outcomes;
        if (choices.removeAll()) {
            outcomes = bulk.apply(caller.tenantId(), caller.actor(), ids, BulkMode.UNASSIGN_ALL, Map.of());
        } else if (choices.mode() == Mode.REPLACE) {
            outcomes = bulk.apply(caller.tenantId(), caller.actor(), ids, BulkMode.REPLACE, choices.ticked(catalog));
        } else {
            outcomes = bulk.change(caller.tenantId(), caller.actor(), ids, choices.ticked(catalog), choices.cleared());
        }
        Map<UUID, String> names = new HashMap<>();
        catalog.forEach((sku, p) -> names.put(sku, p.product().displayName()));
        products.all(caller.tenantId(), caller.actor()).forEach(p -> names.put(p.skuId(), p.displayName()));
        session.setAttribute(LicensesUpdated.ATTRIBUTE, LicensesUpdated.of(users, outcomes, names));
        if (htmx) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/users/licenses-updated");
            return "users/manage-licenses :: manage-form";
        }
        return "redirect:/users/licenses-updated";
    }

    @GetMapping("/licenses-updated")
    String updated(HttpSession session, Model model) {
        Object result = session.getAttribute(LicensesUpdated.ATTRIBUTE);
        if (!(result instanceof LicensesUpdated updated)) {
            return "redirect:/users";
        }
        model.addAttribute("result", updated);
        return "users/licenses-updated";
    }

    /** Why the form cannot be saved as it is: the message key, or null when it can. */
    private static String problem(BulkLicenseChoices choices) {
        if (!choices.shortfalls().isEmpty()) {
            return "manage.problem.shortfall";
        }
        if (choices.mode() == Mode.REPLACE && !choices.removeAll() && choices.products().stream().noneMatch(p -> p.checked())) {
            return "manage.problem.replaceWithNothing";
        }
        if (!choices.changesSomething()) {
            return "manage.problem.nothing";
        }
        return null;
    }

    private BulkLicenseChoices choices(Caller caller, List<User> users, FormState state) {
        Map<UUID, UserLicenses> licenses = licensing.licenses(caller.tenantId(), users.stream().map(User::id).toList());
        return BulkLicenseChoices.of(users, licenses, products.all(caller.tenantId(), caller.actor()), state);
    }

    /** The users the form was about; the session's selection if it names none. */
    private List<User> users(Caller caller, MultiValueMap<String, String> form, HttpSession session) {
        List<UUID> ids = BulkLicenseForm.users(form);
        return directory.users(caller.tenantId(), caller.actor(), ids.isEmpty() ? Selection.of(session).users() : ids);
    }

    private String noneSelected(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.getMessage("manage.noneSelected", null, LocaleContextHolder.getLocale()));
        redirect.addFlashAttribute("flashKind", "warning");
        return "redirect:/users";
    }
}
