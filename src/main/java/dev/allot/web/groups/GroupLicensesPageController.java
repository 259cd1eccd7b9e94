package dev.allot.web.groups;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.domain.Group;
import dev.allot.error.AllotException;
import dev.allot.licensing.GroupLicense;
import dev.allot.licensing.GroupLicensingService;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.TenantCatalogs;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import dev.allot.licensing.domain.TenantCatalog;
import dev.allot.security.Caller;

/** A group's Licenses tab: the products (and apps) the group gives its members, and the members who could not get them, with why. */
@Controller
@RequestMapping("/groups/{groupId}/licenses")
class GroupLicensesPageController {

    private final DirectoryService directory;
    private final GroupLicensingService groupLicensing;
    private final LicensingService licensing;
    private final ProductSummaries products;
    private final TenantCatalogs catalogs;

    GroupLicensesPageController(DirectoryService directory, GroupLicensingService groupLicensing, LicensingService licensing,
            ProductSummaries products, TenantCatalogs catalogs) {
        this.directory = directory;
        this.groupLicensing = groupLicensing;
        this.licensing = licensing;
        this.products = products;
        this.catalogs = catalogs;
    }

    @GetMapping
    String licenses(Caller caller, @PathVariable UUID groupId, Model model) {
        Group group = directory.group(caller.tenantId(), caller.actor(), groupId);
        model.addAttribute("group", group);
        model.addAttribute("choices", choices(caller, groupLicensing.licenses(caller.tenantId(), groupId), null, null));
        model.addAttribute("errors", errors(caller, groupId));
        return "groups/licenses";
    }

    /** Ticking a product shows its apps (all on) without losing what else was ticked. */
    @PostMapping("/apps")
    String apps(Caller caller, @PathVariable UUID groupId, @RequestParam MultiValueMap<String, String> form, Model model) {
        Group group = directory.group(caller.tenantId(), caller.actor(), groupId);
        model.addAttribute("group", group);
        model.addAttribute("choices", choices(caller, groupLicensing.licenses(caller.tenantId(), groupId), ids(form.get("sku")), form));
        return "groups/licenses :: apps";
    }

    /** Save: the group gives exactly the ticked products with the ticked apps; every member is updated at once. */
    @PostMapping
    String save(Caller caller, @PathVariable UUID groupId, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash,
            Model model) {
        List<GroupLicense> before = groupLicensing.licenses(caller.tenantId(), groupId);
        TenantCatalog catalog = catalogs.current(caller.tenantId());
        Set<UUID> checked = ids(form.get("sku"));
        List<AddLicense> add = new ArrayList<>();
        for (UUID sku : checked) {
            catalog.product(sku).ifPresent(p -> {
                Set<UUID> on = ids(form.get("plan-" + sku));
                Set<UUID> off = new HashSet<>();
                p.product().plans().stream().map(ServicePlan::id).filter(id -> form.containsKey("plans-shown") && form.get("plans-shown").contains(sku.toString())
                        && !on.contains(id)).forEach(off::add);
                add.add(new AddLicense(sku, off));
            });
        }
        List<UUID> remove = before.stream().map(GroupLicense::skuId).filter(s -> !checked.contains(s)).toList();
        try {
            var result = groupLicensing.assignLicense(caller.tenantId(), caller.actor(), groupId, new LicenseRequest(add, remove));
            flash.addFlashAttribute("flashKind", result.membersWithErrors() ? "warning" : "success");
            flash.addFlashAttribute("flashKey", result.membersWithErrors() ? "groupLicenses.savedWithErrors" : "groupLicenses.saved");
        } catch (AllotException e) {
            flash.addFlashAttribute("flashKind", "error");
            flash.addFlashAttribute("flashKey", "groupLicenses.refused");
            flash.addFlashAttribute("flashDetail", e.getMessage());
        }
        return "redirect:/groups/" + groupId + "/licenses";
    }

    /** Reprocess: judge a member again (after fixing what stopped them). */
    @PostMapping("/reprocess")
    String reprocess(Caller caller, @PathVariable UUID groupId, @RequestParam UUID userId, RedirectAttributes flash) {
        groupLicensing.reprocess(caller.tenantId(), caller.actor(), userId);
        flash.addFlashAttribute("flashKind", "success");
        flash.addFlashAttribute("flashKey", "groupLicenses.reprocessed");
        return "redirect:/groups/" + groupId + "/licenses";
    }

    /** The products; when the form is given, apps already on screen keep the state the admin gave them. */
    private List<ProductRow> choices(Caller caller, List<GroupLicense> given, Set<UUID> ticked, MultiValueMap<String, String> form) {
        TenantCatalog catalog = catalogs.current(caller.tenantId());
        List<ProductRow> rows = new ArrayList<>();
        for (ProductSummary summary : products.all(caller.tenantId(), caller.actor())) {
            var product = catalog.product(summary.skuId()).orElse(null);
            if (product == null || !"User".equals(summary.appliesTo()) || summary.subscriptions().isEmpty()) {
                continue;
            }
            GroupLicense current = given.stream().filter(g -> g.skuId().equals(summary.skuId())).findFirst().orElse(null);
            boolean checked = ticked == null ? current != null : ticked.contains(summary.skuId());
            boolean shown = form != null && form.get("plans-shown") != null && form.get("plans-shown").contains(summary.skuId().toString());
            Set<UUID> onScreen = shown ? ids(form.get("plan-" + summary.skuId())) : Set.of();
            List<PlanRow> plans = product.product().plans().stream()
                    .map(p -> new PlanRow(p.id(), p.friendlyName(), p.name(),
                            shown ? onScreen.contains(p.id()) : current == null || !current.disabledPlans().contains(p.id()))).toList();
            rows.add(new ProductRow(summary.skuId(), summary.displayName(), checked, summary.seats().available(), summary.seats().usable(),
                    checked ? plans : List.of()));
        }
        return rows;
    }

    private List<ErrorRow> errors(Caller caller, UUID groupId) {
        var members = groupLicensing.membersWithErrors(caller.tenantId(), caller.actor(), groupId, null, null, 200);
        var licenses = licensing.licenses(caller.tenantId(), members.stream().map(u -> u.id()).toList());
        List<ErrorRow> rows = new ArrayList<>();
        for (var u : members) {
            var states = licenses.get(u.id()).assignments().stream().filter(a -> groupId.equals(a.groupId()) && a.error() != null).toList();
            String error = states.isEmpty() ? "Other" : states.get(0).error().name();
            rows.add(new ErrorRow(u.id(), u.displayName(), u.userPrincipalName(), error, u.usageLocation()));
        }
        return rows;
    }

    private static Set<UUID> ids(List<String> values) {
        Set<UUID> out = new HashSet<>();
        if (values != null) {
            for (String v : values) {
                try {
                    out.add(UUID.fromString(v));
                } catch (IllegalArgumentException ignored) {
                    // a tampered value names nothing
                }
            }
        }
        return out;
    }

    /** A product the organization can give through the group. */
    public record ProductRow(UUID skuId, String name, boolean checked, int available, int usable, List<PlanRow> plans) {
    }

    /** An app of a product, on or off for the group's members. */
    public record PlanRow(UUID id, String friendlyName, String name, boolean on) {
    }

    /** A member who could not get the group's licenses, with Graph's error word. */
    public record ErrorRow(UUID userId, String displayName, String userPrincipalName, String error, String usageLocation) {
    }
}
