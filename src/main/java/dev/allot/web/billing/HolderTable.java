package dev.allot.web.billing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.allot.directory.UserPage;
import dev.allot.directory.UserPage.PageKey;
import dev.allot.directory.domain.User;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.Assignment;
import dev.allot.web.users.Selection;
import dev.allot.web.users.UserListQuery;

/** One page of the users who hold a product, with how each one got it and what First, Previous, Next and Last need. */
public record HolderTable(List<Row> rows, long total, boolean hasPrevious, boolean hasNext, PageKey firstKey, PageKey lastKey) {

    public boolean allSelected() {
        return !rows.isEmpty() && rows.stream().allMatch(Row::selected);
    }

    /** A user holding the product: directly, through these groups, or both. */
    public record Row(User user, boolean direct, List<String> groups, boolean selected) {
    }

    static HolderTable of(UserListQuery q, UserPage page, boolean reversed, long total, UUID skuId, Map<UUID, UserLicenses> licenses,
            Map<UUID, String> groupNames, Selection selection) {
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
        List<Row> rows = users.stream().map(u -> row(u, skuId, licenses.get(u.id()), groupNames, selection)).toList();
        PageKey first = users.isEmpty() ? null : new PageKey(users.get(0).displayName(), users.get(0).id());
        PageKey last = users.isEmpty() ? null : new PageKey(users.get(users.size() - 1).displayName(), users.get(users.size() - 1).id());
        return new HolderTable(rows, total, hasPrevious, hasNext, first, last);
    }

    private static Row row(User user, UUID skuId, UserLicenses licenses, Map<UUID, String> groupNames, Selection selection) {
        List<Assignment> sources = sources(licenses, skuId);
        boolean direct = sources.stream().anyMatch(Assignment::isDirect);
        return new Row(user, direct, groupNamesOf(sources, groupNames), selection.contains(user.id()));
    }

    /** The active assignments of the product: where the user's license comes from. */
    static List<Assignment> sources(UserLicenses licenses, UUID skuId) {
        if (licenses == null) {
            return List.of();
        }
        return licenses.assignments().stream().filter(a -> a.skuId().equals(skuId) && a.holdsLicense()).toList();
    }

    /** The groups among the sources, by name; a group that no longer exists shows as null. */
    static List<String> groupNamesOf(List<Assignment> sources, Map<UUID, String> groupNames) {
        List<String> names = new ArrayList<>();
        sources.stream().filter(a -> !a.isDirect()).forEach(a -> names.add(groupNames.get(a.groupId())));
        return names;
    }
}
