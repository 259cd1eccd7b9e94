package dev.allot.web.users;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.allot.billing.ProductSummaries;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.domain.User;
import dev.allot.directory.domain.UserChanges;
import dev.allot.directory.domain.UserProperty;
import dev.allot.error.AllotException;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.security.Caller;

/** The right pane of Active users: a user's details, and Licenses and Apps with Save changes. */
@Controller
@RequestMapping("/users/{userId}")
class UserPaneController {

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final ProductSummaries products;

    UserPaneController(DirectoryService directory, LicensingService licensing, ProductSummaries products) {
        this.directory = directory;
        this.licensing = licensing;
        this.products = products;
    }

    @GetMapping("/pane")
    String pane(Caller caller, @PathVariable UUID userId, @RequestParam(defaultValue = "account") String tab, Model model) {
        User user = directory.user(caller.tenantId(), userId);
        model.addAttribute("user", user);
        model.addAttribute("tab", tab.equals("licenses") ? "licenses" : "account");
        addChoices(caller, user, null, model);
        return "users/pane :: pane";
    }

    /** Ticking or clearing a product shows or hides its apps, keeping everything else the admin chose. */
    @PostMapping("/pane/apps")
    String apps(Caller caller, @PathVariable UUID userId, @RequestParam MultiValueMap<String, String> form, Model model) {
        User user = directory.user(caller.tenantId(), userId);
        model.addAttribute("user", user);
        addChoices(caller, user, LicenseForm.read(form), model);
        model.addAttribute("oob", true);
        return "users/pane :: apps";
    }

    @PostMapping("/licenses")
    String save(Caller caller, @PathVariable UUID userId, @RequestParam MultiValueMap<String, String> form, Model model) {
        User user = directory.user(caller.tenantId(), userId);
        LicenseChoices.FormState state = LicenseForm.read(form);
        UserLicenses before = licensing.licenses(caller.tenantId(), userId);
        LicenseRequest request = LicenseForm.request(state, before);
        model.addAttribute("user", user);
        try {
            UserLicenses after = request.isEmpty() ? before : licensing.assignLicense(caller.tenantId(), caller.actor(), userId, request);
            model.addAttribute("outcome", PaneOutcome.saved(names(after, added(before, after)), names(before, removed(before, after)),
                    !request.add().isEmpty()));
            addChoices(caller, user, null, model);
        } catch (AllotException e) {
            String product = e.details().isEmpty() || e.details().get(0).target() == null ? null : productName(before, e.details().get(0).target());
            model.addAttribute("outcome", PaneOutcome.refused(e, product));
            addChoices(caller, user, state, model);
        }
        return "users/pane :: licenses-form";
    }

    /** The fix offered when a license needs a usage location: set it right there, then save again. */
    @PostMapping("/usage-location")
    String setUsageLocation(Caller caller, @PathVariable UUID userId, @RequestParam String usageLocation,
            @RequestParam MultiValueMap<String, String> form, Model model) {
        UserChanges.Builder change = UserChanges.builder().set(UserProperty.usageLocation, usageLocation);
        LicenseChoices.FormState state = LicenseForm.read(form);
        if (change.problems().isEmpty()) {
            directory.updateUser(caller.tenantId(), caller.actor(), userId, change.build());
            model.addAttribute("outcome", new PaneOutcome(true, "pane.usageLocationSet", List.of(usageLocation), null, PaneOutcome.Fix.NONE));
        } else {
            model.addAttribute("outcome", new PaneOutcome(false, "pane.usageLocationInvalid", List.of(usageLocation), null,
                    PaneOutcome.Fix.SET_USAGE_LOCATION));
        }
        User user = directory.user(caller.tenantId(), userId);
        model.addAttribute("user", user);
        addChoices(caller, user, state, model);
        return "users/pane :: licenses-form";
    }

    private void addChoices(Caller caller, User user, LicenseChoices.FormState state, Model model) {
        UserLicenses licenses = licensing.licenses(caller.tenantId(), user.id());
        model.addAttribute("licenses", licenses);
        model.addAttribute("choices", LicenseChoices.of(licenses, products.all(caller.tenantId(), caller.actor()), state));
        model.addAttribute("countries", Countries.in(LocaleContextHolder.getLocale()));
        model.addAttribute("groups", directory.groupsOf(caller.tenantId(), user.id()));
    }

    private static List<UUID> added(UserLicenses before, UserLicenses after) {
        return after.effective().heldSkus().stream().filter(s -> !before.effective().holds(s)).toList();
    }

    private static List<UUID> removed(UserLicenses before, UserLicenses after) {
        return before.effective().heldSkus().stream().filter(s -> !after.effective().holds(s)).toList();
    }

    private static List<String> names(UserLicenses licenses, List<UUID> skus) {
        List<String> names = new ArrayList<>();
        skus.forEach(s -> names.add(licenses.catalog().product(s).map(p -> p.product().displayName()).orElse(s.toString())));
        return names;
    }

    private static String productName(UserLicenses licenses, String skuId) {
        try {
            return licenses.catalog().product(UUID.fromString(skuId)).map(p -> p.product().displayName()).orElse(skuId);
        } catch (IllegalArgumentException e) {
            return skuId;
        }
    }
}
