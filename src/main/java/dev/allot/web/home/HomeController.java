package dev.allot.web.home;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.allot.billing.ProductSummaries;
import dev.allot.billing.ProductSummary;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.SqlCondition;
import dev.allot.security.Caller;

/** Home: the organization at a glance — products with their seats, and what needs attention. */
@Controller
class HomeController {

    private final ProductSummaries products;
    private final DirectoryService directory;

    HomeController(ProductSummaries products, DirectoryService directory) {
        this.products = products;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Caller caller, Model model) {
        List<ProductSummary> all = products.all(caller.tenantId(), caller.actor());
        model.addAttribute("products", all.stream().filter(p -> !p.subscriptions().isEmpty()).toList());
        model.addAttribute("runningOut", all.stream().filter(ProductSummary::runningOut).toList());
        model.addAttribute("inGrace", all.stream().filter(ProductSummary::inGracePeriod).toList());
        model.addAttribute("userCount", directory.countUsers(caller.tenantId(), caller.actor(), SqlCondition.NONE));
        return "home";
    }
}
