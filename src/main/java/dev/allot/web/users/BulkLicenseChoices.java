package dev.allot.web.users;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.billing.ProductSummary;
import dev.allot.catalog.domain.ServicePlan;
import dev.allot.directory.domain.User;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/**
 * Manage product licenses for the users selected on Active users: the users, how to change their licenses
 * (assign more, or replace, or remove all) and one row per product the organization can assign, with a tri-state
 * box (every selected user has it, some do, none do), who has it, the licenses left and its service plans.
 * Built from what the users hold, or from what the admin chose in the form, so nothing is lost on a round trip.
 */
public record BulkLicenseChoices(List<User> users, Mode mode, boolean removeAll, List<ProductRow> products) {

    /** Assign more keeps what the users have; replace leaves each with exactly the ticked products. */
    public enum Mode {
        MORE, REPLACE;

        public String value() {
            return this == MORE ? "more" : "replace";
        }
    }

    /** How many of the selected users hold a product now. */
    public enum Holding {
        ALL, SOME, NONE
    }

    /** What the admin asked of a product: every user gets it, no user keeps it, or (a partly ticked box left alone) no change. */
    public enum Target {
        ALL, NONE, UNCHANGED;

        public String value() {
            return switch (this) {
                case ALL -> "all";
                case NONE -> "none";
                case UNCHANGED -> "some";
            };
        }
    }

    /** A selected user who holds a product, and whether only a group gives it to them. */
    public record Holder(String displayName, boolean throughGroupOnly) {
    }

    /** A product's row. */
    public record ProductRow(UUID skuId, String name, List<Holder> holders, int userCount, Target target, int available,
            int usable, List<PlanChoice> plans) {

        public Holding holding() {
            return holders.isEmpty() ? Holding.NONE : holders.size() == userCount ? Holding.ALL : Holding.SOME;
        }

        /** The selected users who don't hold it: each needs a license if it is ticked. */
        public int lacking() {
            return userCount - holders.size();
        }

        public boolean checked() {
            return target == Target.ALL;
        }

        public boolean noneLeft() {
            return available == 0;
        }

        public String holderNames() {
            return String.join(", ", holders.stream().map(Holder::displayName).toList());
        }
    }

    /** A service plan (app) of a product, on or off for the users who get the product. */
    public record PlanChoice(UUID id, String name, String friendlyName, boolean on) {
    }

    /** What the form said. Products the form did not show (or showed disabled) are absent from the maps. */
    public record FormState(Mode mode, boolean removeAll, Map<UUID, Target> targets, Map<UUID, Set<UUID>> plansOn) {

        static final FormState NONE = new FormState(Mode.MORE, false, Map.of(), Map.of());
    }

    /** A product ticked for more users than it has licenses left. */
    public record Shortfall(UUID skuId, String name, int needed, int available) {
        public int missing() {
            return needed - available;
        }
    }

    /** A partly ticked box shows as such only when assigning more: replacing leaves it out unless it is ticked. */
    public boolean indeterminate(ProductRow row) {
        return mode == Mode.MORE && row.target() == Target.UNCHANGED;
    }

    /** Each user ends with this product: ticked in either mode, and not everything removed. */
    boolean adds(ProductRow row) {
        return !removeAll && row.target() == Target.ALL;
    }

    public List<Shortfall> shortfalls() {
        List<Shortfall> out = new ArrayList<>();
        for (ProductRow row : products) {
            if (adds(row) && row.lacking() > row.available()) {
                out.add(new Shortfall(row.skuId(), row.name(), row.lacking(), row.available()));
            }
        }
        return out;
    }

    /** Whether saving would change anything when assigning more. */
    public boolean changesSomething() {
        if (mode == Mode.REPLACE) {
            return true;
        }
        return products.stream().anyMatch(p -> (p.target() == Target.ALL && p.holding() != Holding.ALL)
                || (p.target() == Target.NONE && p.holding() != Holding.NONE));
    }

    /** Ticked products with the plans to turn off for the users who get them. */
    Map<UUID, Set<UUID>> ticked(Map<UUID, SubscribedProduct> catalog) {
        Map<UUID, Set<UUID>> out = new LinkedHashMap<>();
        for (ProductRow row : products) {
            if (row.target() == Target.ALL) {
                Set<UUID> off = new HashSet<>();
                SubscribedProduct product = catalog.get(row.skuId());
                if (product != null) {
                    for (ServicePlan plan : product.product().plans()) {
                        boolean on = row.plans().stream().anyMatch(p -> p.id().equals(plan.id()) && p.on());
                        if (!on) {
                            off.add(plan.id());
                        }
                    }
                }
                out.put(row.skuId(), off);
            }
        }
        return out;
    }

    /** Cleared products some user holds: assigning more removes them from those users. */
    Set<UUID> cleared() {
        Set<UUID> out = new HashSet<>();
        products.stream().filter(p -> p.target() == Target.NONE && p.holding() != Holding.NONE).forEach(p -> out.add(p.skuId()));
        return out;
    }

    static BulkLicenseChoices of(List<User> users, Map<UUID, UserLicenses> licenses, List<ProductSummary> summaries, FormState form) {
        Map<UUID, SubscribedProduct> catalog = catalog(licenses);
        List<ProductRow> rows = new ArrayList<>();
        for (ProductSummary summary : summaries) {
            SubscribedProduct product = catalog.get(summary.skuId());
            List<Holder> holders = holders(users, licenses, summary.skuId());
            if (product == null || !"User".equals(summary.appliesTo()) || (summary.subscriptions().isEmpty() && holders.isEmpty())) {
                continue;
            }
            rows.add(row(users, summary, product, holders, form));
        }
        return new BulkLicenseChoices(users, form.mode(), form.mode() == Mode.REPLACE && form.removeAll(), rows);
    }

    static Map<UUID, SubscribedProduct> catalog(Map<UUID, UserLicenses> licenses) {
        Map<UUID, SubscribedProduct> out = new HashMap<>();
        licenses.values().stream().findFirst().ifPresent(l -> l.catalog().products().forEach(p -> out.put(p.product().skuId(), p)));
        return out;
    }

    private static List<Holder> holders(List<User> users, Map<UUID, UserLicenses> licenses, UUID sku) {
        List<Holder> holders = new ArrayList<>();
        for (User user : users) {
            UserLicenses held = licenses.get(user.id());
            if (held != null && held.effective().holds(sku)) {
                boolean direct = held.assignments().stream().anyMatch(a -> a.skuId().equals(sku) && a.isDirect());
                holders.add(new Holder(user.displayName(), !direct));
            }
        }
        return holders;
    }

    private static ProductRow row(List<User> users, ProductSummary summary, SubscribedProduct product, List<Holder> holders, FormState form) {
        UUID sku = summary.skuId();
        Target target = form.targets().get(sku);
        if (target == null) {
            target = holders.isEmpty() ? Target.NONE : holders.size() == users.size() ? Target.ALL : Target.UNCHANGED;
        }
        Set<UUID> on = form.plansOn().get(sku);
        List<PlanChoice> plans = product.product().plans().stream()
                .map(p -> new PlanChoice(p.id(), p.name(), p.friendlyName(), on == null || on.contains(p.id()))).toList();
        return new ProductRow(sku, summary.displayName(), holders, users.size(), target, summary.seats().available(),
                summary.seats().usable(), plans);
    }
}
