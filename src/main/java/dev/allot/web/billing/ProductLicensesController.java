package dev.allot.web.billing;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.allot.billing.ProductSummaries;
import dev.allot.billing.ProductSummary;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.SqlCondition;
import dev.allot.directory.UserOrder;
import dev.allot.directory.UserPage;
import dev.allot.directory.domain.User;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.BulkLicensingService;
import dev.allot.licensing.BulkMode;
import dev.allot.licensing.BulkOutcome;
import dev.allot.licensing.LicensingService;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.Assignment;
import dev.allot.security.Caller;
import dev.allot.web.picker.UserPicker;
import dev.allot.web.users.Selection;
import dev.allot.web.users.UserListQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Billing > Licenses: the products with their licenses, and a product's page with the users who hold it, where
 * licenses are unassigned from the selected users or assigned to users found by name.
 */
@Controller
@RequestMapping("/billing/licenses")
class ProductLicensesController {

    private final ProductSummaries products;
    private final DirectoryService directory;
    private final LicensingService licensing;
    private final BulkLicensingService bulk;
    private final UserPicker picker;

    ProductLicensesController(ProductSummaries products, DirectoryService directory, LicensingService licensing,
            BulkLicensingService bulk, UserPicker picker) {
        this.products = products;
        this.directory = directory;
        this.licensing = licensing;
        this.bulk = bulk;
        this.picker = picker;
    }

    @GetMapping
    String list(Caller caller, Model model) {
        model.addAttribute("products", products.all(caller.tenantId(), caller.actor()).stream()
                .filter(p -> !p.subscriptions().isEmpty() || p.seats().consumed() > 0).toList());
        return "billing/licenses";
    }

    @GetMapping("/{skuId}")
    String product(Caller caller, @PathVariable UUID skuId, @RequestParam Map<String, String> params, HttpSession session,
            HttpServletRequest request, Model model) {
        addPage(caller, product(caller, skuId), holdersQuery(params, skuId), ProductSelections.of(session, skuId), model);
        return "holders".equals(request.getHeader("HX-Target")) ? "billing/product :: holders" : "billing/product";
    }

    /** The page's checkboxes were changed: remember the ticked users, answer with the selection bar. */
    @PostMapping("/{skuId}/selection")
    String select(Caller caller, @PathVariable UUID skuId, @RequestParam(name = "shown", required = false) List<UUID> shown,
            @RequestParam(name = "selected", required = false) List<UUID> selected, HttpSession session, Model model) {
        Selection selection = ProductSelections.of(session, skuId);
        boolean fits = selection.update(shown == null ? List.of() : shown, selected == null ? List.of() : selected);
        model.addAttribute("product", product(caller, skuId));
        model.addAttribute("selectionCount", selection.size());
        model.addAttribute("selectionFull", !fits);
        return "billing/product :: selection-bar";
    }

    @PostMapping("/{skuId}/selection/clear")
    String clear(@PathVariable UUID skuId, HttpSession session) {
        ProductSelections.of(session, skuId).clear();
        return "redirect:/billing/licenses/" + skuId;
    }

    /** The Unassign licenses box's Unassign: the product is unassigned from every selected user. */
    @PostMapping("/{skuId}/unassign")
    String unassign(Caller caller, @PathVariable UUID skuId, HttpSession session, HttpServletRequest request, Model model) {
        ProductSummary product = product(caller, skuId);
        Selection selection = ProductSelections.of(session, skuId);
        List<UUID> users = selection.users();
        LicenseResults results;
        if (users.isEmpty()) {
            results = LicenseResults.refused(LicenseResults.Action.UNASSIGN, "billing.unassign.noneSelected", null);
        } else {
            results = run(caller, skuId, users, LicenseResults.Action.UNASSIGN, BulkMode.UNASSIGN);
            if (results.refusalKey() == null) {
                selection.clear();
            }
        }
        return afterChange(caller, skuId, results, selection, request, model);
    }

    /** Assign licenses: the users found by name and ticked get the product, each with a result. */
    @PostMapping("/{skuId}/assign")
    String assign(Caller caller, @PathVariable UUID skuId, @RequestParam(name = "user", required = false) List<UUID> picked,
            HttpSession session, HttpServletRequest request, Model model) {
        product(caller, skuId);
        List<UUID> users = picked == null ? List.of() : List.copyOf(new LinkedHashSet<>(picked));
        LicenseResults results = users.isEmpty()
                ? LicenseResults.refused(LicenseResults.Action.ASSIGN, "billing.assign.noneSelected", null)
                : run(caller, skuId, users, LicenseResults.Action.ASSIGN, BulkMode.ASSIGN_MORE);
        return afterChange(caller, skuId, results, ProductSelections.of(session, skuId), request, model);
    }

    /** The live search of Assign licenses: users who don't hold the product yet, and the ones already ticked. */
    @GetMapping("/{skuId}/candidates")
    String candidates(Caller caller, @PathVariable UUID skuId, @RequestParam(defaultValue = "") String find,
            @RequestParam(name = "user", required = false) List<UUID> picked, Model model) {
        product(caller, skuId);
        SqlCondition withoutIt = new SqlCondition("not exists (select 1 from user_license l where l.tenant_id = u.tenant_id"
                + " and l.user_id = u.user_id and l.sku_id = :pickerSku)", Map.of("pickerSku", skuId));
        model.addAttribute("candidates", picker.candidates(caller, find, picked, withoutIt));
        model.addAttribute("pickerId", "assign");
        return "fragments/picker :: candidates";
    }

    private LicenseResults run(Caller caller, UUID skuId, List<UUID> users, LicenseResults.Action action, BulkMode mode) {
        List<BulkOutcome> outcomes;
        try {
            outcomes = bulk.apply(caller.tenantId(), caller.actor(), users, mode, Map.of(skuId, Set.of()));
        } catch (AllotException e) {
            String key = e.code() == ErrorCode.FORBIDDEN ? "billing.reason.FORBIDDEN" : "billing.reason.OTHER";
            return LicenseResults.refused(action, key, e.getMessage());
        }
        List<UUID> ids = outcomes.stream().map(BulkOutcome::userId).toList();
        Map<UUID, UserLicenses> after = licensing.licenses(caller.tenantId(), ids);
        return LicenseResults.of(action, skuId, outcomes, usersById(caller, ids), after, groupNames(caller, after.values()));
    }

    /** The product page again, first page, with the results on top (htmx gets just the part that changed). */
    private String afterChange(Caller caller, UUID skuId, LicenseResults results, Selection selection, HttpServletRequest request,
            Model model) {
        model.addAttribute("results", results);
        addPage(caller, product(caller, skuId), holdersQuery(Map.of(), skuId), selection, model);
        return request.getHeader("HX-Request") != null ? "billing/product :: product-users" : "billing/product";
    }

    private void addPage(Caller caller, ProductSummary product, UserListQuery q, Selection selection, Model model) {
        SqlCondition holders = q.condition(List.of());
        String move = q.cursor().move();
        boolean reversed = move.equals("previous") || move.equals("last");
        UserPage.PageKey after = move.equals("next") || move.equals("previous") ? q.cursor().key() : null;
        UserPage page = directory.users(caller.tenantId(), caller.actor(), holders, UserOrder.DISPLAY_NAME, reversed, after, q.size());
        long total = directory.countUsers(caller.tenantId(), caller.actor(), holders);
        Map<UUID, UserLicenses> licenses = licensing.licenses(caller.tenantId(), page.users().stream().map(User::id).toList());
        HolderTable table = HolderTable.of(q, page, reversed, total, product.skuId(), licenses, groupNames(caller, licenses.values()), selection);
        model.addAttribute("product", product);
        model.addAttribute("q", q);
        model.addAttribute("table", table);
        model.addAttribute("links", new HolderLinks("/billing/licenses/" + product.skuId(), q, table));
        model.addAttribute("selectionCount", selection.size());
        model.addAttribute("assignable", "User".equals(product.appliesTo()));
    }

    /** The users who hold the product, searched like Active users, by display name. */
    private static UserListQuery holdersQuery(Map<String, String> params, UUID skuId) {
        Map<String, String> p = new HashMap<>();
        for (String name : List.of("search", "size", "move", "key", "id")) {
            if (params.containsKey(name)) {
                p.put(name, params.get(name));
            }
        }
        p.put("filter", "sku:" + skuId);
        return UserListQuery.from(p);
    }

    private ProductSummary product(Caller caller, UUID skuId) {
        return products.one(caller.tenantId(), caller.actor(), skuId)
                .orElseThrow(() -> AllotException.notFound("Your organization does not subscribe to the product " + skuId + "."));
    }

    private Map<UUID, User> usersById(Caller caller, List<UUID> ids) {
        Map<UUID, User> byId = new HashMap<>();
        directory.users(caller.tenantId(), caller.actor(), new SqlCondition("u.user_id = any(:ids)", Map.of("ids", ids.toArray(UUID[]::new))),
                UserOrder.DISPLAY_NAME, false, null, ids.size()).users().forEach(u -> byId.put(u.id(), u));
        return byId;
    }

    /** The names of the groups that give any of these licenses. */
    private Map<UUID, String> groupNames(Caller caller, Collection<UserLicenses> licenses) {
        Set<UUID> ids = new LinkedHashSet<>();
        licenses.forEach(l -> l.assignments().stream().filter(a -> !a.isDirect()).map(Assignment::groupId).forEach(ids::add));
        Map<UUID, String> names = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            directory.groups(caller.tenantId(), caller.actor(), new SqlCondition("g.group_id = any(:ids)", Map.of("ids", ids.toArray(UUID[]::new))),
                    null, null, ids.size()).forEach(g -> names.put(g.id(), g.displayName()));
        }
        return names;
    }
}
