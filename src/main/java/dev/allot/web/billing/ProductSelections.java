package dev.allot.web.billing;

import java.util.UUID;

import dev.allot.web.users.Selection;
import jakarta.servlet.http.HttpSession;

/** The users ticked on one product's page, kept in the session per product so they survive paging and searching. */
final class ProductSelections {

    private static final String PREFIX = "allot.selectedHolders.";

    private ProductSelections() {
    }

    static Selection of(HttpSession session, UUID skuId) {
        String attribute = PREFIX + skuId;
        Selection selection = (Selection) session.getAttribute(attribute);
        if (selection == null) {
            selection = new Selection();
            session.setAttribute(attribute, selection);
        }
        return selection;
    }
}
