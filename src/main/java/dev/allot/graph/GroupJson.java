package dev.allot.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.allot.directory.domain.Group;
import dev.allot.graph.odata.SelectClause;

/** A group as Microsoft Graph v1.0 shows it, limited to $select. Allot's groups are security or distribution groups. */
public final class GroupJson {

    /** The properties Allot keeps of a group, in Graph's order; all of them are returned by default. */
    public static final List<String> DEFAULT = List.of("id", "createdDateTime", "description", "displayName", "groupTypes", "mail",
            "mailEnabled", "mailNickname", "securityEnabled");
    public static final Set<String> SELECTABLE = new LinkedHashSet<>(DEFAULT);

    private GroupJson() {
    }

    public static Map<String, Object> render(Group g, SelectClause select) {
        return select.render(DEFAULT, p -> value(g, p));
    }

    private static Object value(Group g, String property) {
        return switch (property) {
            case "id" -> g.id().toString();
            case "createdDateTime" -> UserJson.instant(g.createdDateTime());
            case "description" -> g.description();
            case "displayName" -> g.displayName();
            // Microsoft 365 ("Unified") and dynamic groups are not supported, so the types are always empty
            case "groupTypes" -> List.of();
            // organizations have no mail domain in Allot yet, so no group has an address
            case "mail" -> null;
            case "mailEnabled" -> g.mailEnabled();
            case "mailNickname" -> g.mailNickname();
            case "securityEnabled" -> g.securityEnabled();
            default -> throw new IllegalArgumentException("not a group property: " + property);
        };
    }
}
