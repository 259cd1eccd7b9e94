package dev.allot.directory;

/** How user lists are sorted; each order has a unique key (the user id breaks ties) so keyset paging is exact. */
public enum UserOrder {
    DISPLAY_NAME("u.display_name"), USER_PRINCIPAL_NAME("lower(u.user_principal_name)");

    private final String expression;

    UserOrder(String expression) {
        this.expression = expression;
    }

    public String expression() {
        return expression;
    }
}
