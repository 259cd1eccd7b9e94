package dev.allot.web.users;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.allot.directory.UserOrder;
import dev.allot.directory.UserPage;
import dev.allot.directory.UserPage.PageKey;
import dev.allot.directory.domain.User;
import dev.allot.licensing.UserLicenses;

/** One page of the Active users table, with what First, Previous, Next and Last need. */
public record UserTable(List<Row> rows, long total, boolean hasPrevious, boolean hasNext, PageKey firstKey, PageKey lastKey) {

    public boolean allSelected() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::selected);
    }

    /** A user with the names of the products they hold. */
    public record Row(User user, List<String> licenses, boolean selected) {
    }

    static UserTable of(UserListQuery q, UserPage page, boolean reversed, long total, Map<UUID, UserLicenses> licenses, Selection selection) {
        List<User> users = new ArrayList<>(page.users());
        if (reversed) {
            Collections.reverse(users);
        }
        boolean more = page.next() != null;
        String move = q.cursor().move();
        boolean hasPrevious = switch (move) {
            case "first" -> false;
            case "next" -> true;
            default -> more; // previous and last read backwards: "more" means more before
        };
        boolean hasNext = switch (move) {
            case "last" -> false;
            case "previous" -> true;
            default -> more;
        };
        List<Row> rows = users.stream().map(u -> new Row(u, names(licenses.get(u.id())), selection.contains(u.id()))).toList();
        PageKey first = users.isEmpty() ? null : key(q.order(), users.get(0));
        PageKey last = users.isEmpty() ? null : key(q.order(), users.get(users.size() - 1));
        return new UserTable(rows, total, hasPrevious, hasNext, first, last);
    }

    private static List<String> names(UserLicenses licenses) {
        if (licenses == null) {
            return List.of();
        }
        return licenses.effective().heldSkus().stream().map(sku -> licenses.catalog().product(sku)
                .map(p -> p.product().displayName()).orElse(sku.toString())).sorted().toList();
    }

    static PageKey key(UserOrder order, User u) {
        return new PageKey(order == UserOrder.USER_PRINCIPAL_NAME ? u.userPrincipalName().toLowerCase(Locale.ROOT) : u.displayName(), u.id());
    }
}
