package dev.allot.web.users;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.directory.domain.User;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.BulkOutcome;

/**
 * The Licenses updated page: every user of a Manage product licenses save, with what was added and removed or,
 * in plain words, why nothing changed for them and how to fix it. Kept in the session so the page survives a reload.
 */
public record LicensesUpdated(List<Row> rows) implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "allot.licensesUpdated";

    /** The error codes the admin center has words for (error.* messages); others are shown as a general refusal. */
    static final Set<ErrorCode> EXPLAINED = Set.of(ErrorCode.USAGE_LOCATION_MISSING, ErrorCode.COUNT_VIOLATION,
            ErrorCode.MUTUALLY_EXCLUSIVE_VIOLATION, ErrorCode.DEPENDENCY_VIOLATION, ErrorCode.PROHIBITED_IN_USAGE_LOCATION,
            ErrorCode.LICENSE_INHERITED_FROM_GROUP, ErrorCode.LICENSE_NOT_ASSIGNED, ErrorCode.PRODUCT_NOT_SUBSCRIBED,
            ErrorCode.PRODUCT_NOT_ASSIGNABLE, ErrorCode.PLAN_NOT_IN_PRODUCT, ErrorCode.FORBIDDEN, ErrorCode.INVALID_VALUE,
            ErrorCode.NOT_FOUND);

    public LicensesUpdated {
        rows = List.copyOf(rows);
    }

    /** One user's result. {@code reasonKey} and {@code product} word a failure; {@code detail} is the engine's exact message. */
    public record Row(UUID userId, String displayName, String userPrincipalName, boolean success, List<String> added,
            List<String> removed, String reasonKey, String product, String detail, PaneOutcome.Fix fix) implements Serializable {

        private static final long serialVersionUID = 1L;

        public Row {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }

        public boolean changedNothing() {
            return success && added.isEmpty() && removed.isEmpty();
        }

        /** The arguments of the reason's message: the product it concerns. */
        public Object[] reasonArgs() {
            return new Object[] {product == null ? "" : product};
        }
    }

    public long succeeded() {
        return rows.stream().filter(Row::success).count();
    }

    public long failed() {
        return rows.size() - succeeded();
    }

    static LicensesUpdated of(List<User> users, List<BulkOutcome> outcomes, Map<UUID, String> productNames) {
        Map<UUID, User> byId = new java.util.HashMap<>();
        users.forEach(u -> byId.put(u.id(), u));
        List<Row> rows = new ArrayList<>();
        for (BulkOutcome o : outcomes) {
            User user = byId.get(o.userId());
            String name = user == null ? o.userId().toString() : user.displayName();
            String upn = user == null ? "" : user.userPrincipalName();
            if (o.succeeded()) {
                rows.add(new Row(o.userId(), name, upn, true, names(o.added(), productNames), names(o.removed(), productNames), null, null,
                        null, PaneOutcome.Fix.NONE));
            } else {
                ErrorCode code = EXPLAINED.contains(o.error()) ? o.error() : ErrorCode.BAD_REQUEST;
                String product = o.skuId() == null ? "" : productNames.getOrDefault(o.skuId(), o.skuId().toString());
                PaneOutcome.Fix fix = switch (o.error()) {
                    case USAGE_LOCATION_MISSING -> PaneOutcome.Fix.SET_USAGE_LOCATION;
                    case COUNT_VIOLATION -> PaneOutcome.Fix.BUY_MORE;
                    default -> PaneOutcome.Fix.NONE;
                };
                rows.add(new Row(o.userId(), name, upn, false, List.of(), List.of(), "error." + code.name(), product, o.message(), fix));
            }
        }
        return new LicensesUpdated(rows);
    }

    private static List<String> names(List<UUID> skus, Map<UUID, String> productNames) {
        return skus.stream().map(s -> productNames.getOrDefault(s, s.toString())).sorted().toList();
    }
}
