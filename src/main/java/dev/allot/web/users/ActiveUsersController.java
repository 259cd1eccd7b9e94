package dev.allot.web.users;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.allot.billing.ProductSummaries;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.UserPage;
import dev.allot.licensing.LicensingService;
import dev.allot.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** Users > Active users: search, filter, sort, page, and select users across pages. */
@Controller
@RequestMapping("/users")
class ActiveUsersController {

    private final DirectoryService directory;
    private final LicensingService licensing;
    private final ProductSummaries products;

    ActiveUsersController(DirectoryService directory, LicensingService licensing, ProductSummaries products) {
        this.directory = directory;
        this.licensing = licensing;
        this.products = products;
    }

    @GetMapping
    String list(Caller caller, @RequestParam Map<String, String> params, HttpSession session, HttpServletRequest request, Model model) {
        UserListQuery q = UserListQuery.from(params);
        Selection selection = Selection.of(session);
        model.addAttribute("q", q);
        UserTable table = read(caller, q, selection);
        model.addAttribute("table", table);
        model.addAttribute("links", new UserListLinks(q, table));
        model.addAttribute("selectionCount", selection.size());
        model.addAttribute("products", products.all(caller.tenantId(), caller.actor()));
        model.addAttribute("sizes", UserListQuery.SIZES);
        model.addAttribute("openUser", openUser(params.get("open")));
        return request.getHeader("HX-Request") != null && request.getHeader("HX-Target") != null
                && request.getHeader("HX-Target").equals("user-table") ? "users/list :: table" : "users/list";
    }

    /** The page's checkboxes were changed: remember the ticked users, answer with the selection bar. */
    @PostMapping("/selection")
    String select(@RequestParam(name = "shown", required = false) List<UUID> shown,
            @RequestParam(name = "selected", required = false) List<UUID> selected, HttpSession session, Model model) {
        Selection selection = Selection.of(session);
        boolean fits = selection.update(shown == null ? List.of() : shown, selected == null ? List.of() : selected);
        model.addAttribute("selectionCount", selection.size());
        model.addAttribute("selectionFull", !fits);
        return "users/list :: selection-bar";
    }

    @PostMapping("/selection/clear")
    String clear(HttpSession session) {
        Selection.of(session).clear();
        return "redirect:/users";
    }

    /** ?open=userId shows that user in the pane as the page loads (after adding or editing a user). */
    private static UUID openUser(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private UserTable read(Caller caller, UserListQuery q, Selection selection) {
        var condition = q.condition(selection.users());
        String move = q.cursor().move();
        boolean reversed = move.equals("previous") || move.equals("last");
        boolean descending = reversed != q.descending();
        UserPage.PageKey after = move.equals("next") || move.equals("previous") ? q.cursor().key() : null;
        UserPage page = directory.users(caller.tenantId(), caller.actor(), condition, q.order(), descending, after, q.size());
        long total = directory.countUsers(caller.tenantId(), caller.actor(), condition);
        var licenses = licensing.licenses(caller.tenantId(), page.users().stream().map(u -> u.id()).toList());
        return UserTable.of(q, page, reversed, total, licenses, selection);
    }
}
