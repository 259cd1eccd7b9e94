package dev.allot.graph.odata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.allot.directory.UserOrder;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/** {@code $orderby} for users: one of the orders that keyset paging can serve from an index. */
public record UserOrderBy(UserOrder order, boolean descending) {

    public static final UserOrderBy DEFAULT = new UserOrderBy(UserOrder.DISPLAY_NAME, false);

    private static final Map<String, UserOrder> ORDERS = Map.of("displayname", UserOrder.DISPLAY_NAME,
            "userprincipalname", UserOrder.USER_PRINCIPAL_NAME);
    private static final String SUPPORTED = "Supported: displayName or userPrincipalName, optionally followed by asc or desc "
            + "(e.g. $orderby=displayName desc).";

    /** The order asked for; null (no $orderby) is by displayName. */
    public static UserOrderBy parse(String orderBy) {
        if (orderBy == null) {
            return DEFAULT;
        }
        if (orderBy.contains(",")) {
            throw unsupported("Ordering by more than one property is not supported: '" + orderBy + "'.");
        }
        List<String> words = Arrays.stream(orderBy.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || words.size() > 2) {
            throw unsupported("Invalid $orderby '" + orderBy + "'.");
        }
        UserOrder order = ORDERS.get(words.get(0).toLowerCase(Locale.ROOT));
        if (order == null) {
            throw unsupported("Ordering users by '" + words.get(0) + "' is not supported.");
        }
        return new UserOrderBy(order, words.size() == 2 && direction(words.get(1)));
    }

    /** True for descending. */
    private static boolean direction(String word) {
        if (word.equalsIgnoreCase("asc") || word.equalsIgnoreCase("desc")) {
            return word.equalsIgnoreCase("desc");
        }
        throw unsupported("Invalid sort direction '" + word + "' in $orderby.");
    }

    private static AllotException unsupported(String what) {
        return new AllotException(ErrorCode.UNSUPPORTED_QUERY, what + " " + SUPPORTED);
    }
}
