package dev.allot.web.billing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.directory.domain.User;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.BulkOutcome;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.Assignment;

/**
 * What Unassign or Assign did to each user, in plain words: who lost or got the product, who keeps it because
 * a group gives it (and which group), and who could not be changed and why. Only reads the engine's outcomes.
 */
public record LicenseResults(Action action, int changed, int kept, int failed, List<Row> rows, String refusalKey, String refusalDetail) {

    public enum Action {
        UNASSIGN, ASSIGN
    }

    /** What happened to one user. */
    public enum Result {
        UNASSIGNED, KEPT_THROUGH_GROUP, NOT_HELD, ASSIGNED, ALREADY_HELD, FAILED;

        public boolean failure() {
            return this == FAILED;
        }

        public boolean changed() {
            return this == UNASSIGNED || this == ASSIGNED;
        }
    }

    /**
     * One user's line. reasonKey is a message key taking {0} the product and {1} the names of the groups that give
     * it; detail keeps the engine's exact message for a refusal; buyMore offers Buy more (no licenses left).
     */
    public record Row(String displayName, String userPrincipalName, Result result, String reasonKey, String groups, String detail,
            boolean buyMore) {
    }

    /** The refusals the Licenses page explains in its own words; any other is shown with the engine's message. */
    private static final Set<ErrorCode> EXPLAINED = EnumSet.of(ErrorCode.USAGE_LOCATION_MISSING, ErrorCode.COUNT_VIOLATION,
            ErrorCode.LICENSE_INHERITED_FROM_GROUP, ErrorCode.PROHIBITED_IN_USAGE_LOCATION, ErrorCode.DEPENDENCY_VIOLATION,
            ErrorCode.MUTUALLY_EXCLUSIVE_VIOLATION, ErrorCode.PRODUCT_NOT_ASSIGNABLE, ErrorCode.PRODUCT_NOT_SUBSCRIBED,
            ErrorCode.NOT_FOUND, ErrorCode.FORBIDDEN);

    public boolean anyFailed() {
        return failed > 0 || refusalKey != null;
    }

    /** Nothing was attempted: the request as a whole was refused (no users selected, no permission...). */
    static LicenseResults refused(Action action, String key, String detail) {
        return new LicenseResults(action, 0, 0, 0, List.of(), key, detail);
    }

    /**
     * outcomes: the engine's, in order; users: who they are; after: their licenses now; groupNames: the names of
     * the groups that give licenses (a group missing from it no longer exists).
     */
    static LicenseResults of(Action action, UUID skuId, List<BulkOutcome> outcomes, Map<UUID, User> users, Map<UUID, UserLicenses> after,
            Map<UUID, String> groupNames) {
        List<Row> rows = new ArrayList<>();
        int changed = 0;
        int kept = 0;
        int failed = 0;
        for (BulkOutcome o : outcomes) {
            User user = users.get(o.userId());
            String name = user == null ? o.userId().toString() : user.displayName();
            String upn = user == null ? "" : user.userPrincipalName();
            List<Assignment> sources = HolderTable.sources(after.get(o.userId()), skuId);
            String groups = String.join(", ", HolderTable.groupNamesOf(sources, groupNames).stream().filter(g -> g != null).toList());
            Row row = row(action, skuId, o, name, upn, sources, groups);
            rows.add(row);
            if (row.result().changed()) {
                changed++;
            } else if (row.result() == Result.KEPT_THROUGH_GROUP) {
                kept++;
            } else if (row.result().failure()) {
                failed++;
            }
        }
        return new LicenseResults(action, changed, kept, failed, rows, null, null);
    }

    private static Row row(Action action, UUID skuId, BulkOutcome o, String name, String upn, List<Assignment> sources, String groups) {
        boolean holds = !sources.isEmpty();
        boolean throughGroup = sources.stream().anyMatch(a -> !a.isDirect());
        if (o.succeeded()) {
            Result result = switch (action) {
                case UNASSIGN -> o.removed().contains(skuId) ? Result.UNASSIGNED : holds && throughGroup ? Result.KEPT_THROUGH_GROUP : Result.NOT_HELD;
                case ASSIGN -> o.added().contains(skuId) ? Result.ASSIGNED : Result.ALREADY_HELD;
            };
            return new Row(name, upn, result, key(result, groups), groups, null, false);
        }
        if (o.error() == ErrorCode.LICENSE_INHERITED_FROM_GROUP && holds) {
            return new Row(name, upn, Result.KEPT_THROUGH_GROUP, key(Result.KEPT_THROUGH_GROUP, groups), groups, null, false);
        }
        String key = EXPLAINED.contains(o.error()) ? "billing.reason." + o.error().name() : "billing.reason.OTHER";
        return new Row(name, upn, Result.FAILED, key, groups, o.message(), o.error() == ErrorCode.COUNT_VIOLATION);
    }

    private static String key(Result result, String groups) {
        return "billing.result." + result.name() + (result == Result.KEPT_THROUGH_GROUP && groups.isEmpty() ? ".unnamed" : "");
    }
}
