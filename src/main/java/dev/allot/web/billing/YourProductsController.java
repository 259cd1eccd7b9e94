package dev.allot.web.billing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.allot.billing.BillingService;
import dev.allot.billing.ProductSummaries;
import dev.allot.billing.ProductSummary;
import dev.allot.billing.domain.Subscription;
import dev.allot.billing.domain.SubscriptionPolicies;
import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.security.Caller;

/** Billing > Your products: every subscription with its status, licenses and dates; Buy more and Remove licenses. */
@Controller
@RequestMapping("/billing/products")
class YourProductsController {

    private final ProductSummaries products;
    private final BillingService billing;
    private final MessageSource messages;

    YourProductsController(ProductSummaries products, BillingService billing, MessageSource messages) {
        this.products = products;
        this.billing = billing;
        this.messages = messages;
    }

    /** A subscription with the seats of its product (licenses are counted per product, over all its subscriptions). */
    public record Row(Subscription subscription, ProductSummary product) {

        public boolean changeable() {
            return subscription.status() != SubscriptionStatus.Deleted;
        }
    }

    @GetMapping
    String list(Caller caller, Model model) {
        List<Row> rows = new ArrayList<>();
        for (ProductSummary p : products.all(caller.tenantId(), caller.actor())) {
            p.subscriptions().forEach(s -> rows.add(new Row(s, p)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("maxQuantity", SubscriptionPolicies.MAX_QUANTITY);
        return "billing/products";
    }

    @PostMapping("/{subscriptionId}/buy")
    String buyMore(Caller caller, @PathVariable UUID subscriptionId, @RequestParam(defaultValue = "") String licenses,
            RedirectAttributes flash) {
        Integer n = count(licenses);
        if (n == null) {
            return refused(flash, text("billing.products.count.invalid"));
        }
        try {
            Subscription after = billing.buyMore(caller.tenantId(), caller.actor(), subscriptionId, n);
            return done(flash, text("billing.products.bought", n, after.productName(), after.quantity()));
        } catch (AllotException e) {
            return refused(flash, text("billing.products.buy.refused", e.getMessage()));
        }
    }

    @PostMapping("/{subscriptionId}/remove")
    String removeLicenses(Caller caller, @PathVariable UUID subscriptionId, @RequestParam(defaultValue = "") String licenses,
            RedirectAttributes flash) {
        Integer n = count(licenses);
        if (n == null) {
            return refused(flash, text("billing.products.count.invalid"));
        }
        try {
            Subscription after = billing.removeLicenses(caller.tenantId(), caller.actor(), subscriptionId, n);
            return done(flash, text("billing.products.removed", n, after.productName(), after.quantity()));
        } catch (AllotException e) {
            String key = e.code() == ErrorCode.QUANTITY_BELOW_IN_USE ? "billing.products.remove.inUse" : "billing.products.remove.refused";
            return refused(flash, text(key, e.getMessage()));
        }
    }

    /** The number typed, or null when it is not a whole number of at least 1. */
    private static Integer count(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            return n >= 1 && n <= SubscriptionPolicies.MAX_QUANTITY ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String done(RedirectAttributes flash, String message) {
        flash.addFlashAttribute("flash", message);
        flash.addFlashAttribute("flashKind", "success");
        return "redirect:/billing/products";
    }

    private static String refused(RedirectAttributes flash, String message) {
        flash.addFlashAttribute("flash", message);
        flash.addFlashAttribute("flashKind", "error");
        return "redirect:/billing/products";
    }
}
