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
    /** Group-based licensing, returned on $select only, as in Graph. */
    public static final Set<String> LICENSING = Set.of("assignedLicenses", "licenseProcessingState", "hasMembersWithLicenseErrors");
    public static final Set<String> SELECTABLE;

    static {
        Set<String> all = new LinkedHashSet<>(DEFAULT);
        all.addAll(List.of("assignedLicenses", "hasMembersWithLicenseErrors", "licenseProcessingState"));
        SELECTABLE = java.util.Collections.unmodifiableSet(all);
    }

    private GroupJson() {
    }

    public static boolean needsLicensing(SelectClause select) {
        return select.properties().stream().anyMatch(LICENSING::contains);
    }

    public static Map<String, Object> render(Group g, SelectClause select) {
        return render(g, null, select);
    }

    /** licensing may be null when no licensing property is selected. */
    public static Map<String, Object> render(Group g, Licensing licensing, SelectClause select) {
        return select.render(DEFAULT, p -> value(g, licensing, p));
    }

    /** A group's licenses and whether some members could not get them. */
    public record Licensing(List<dev.allot.licensing.GroupLicense> licenses, boolean membersWithErrors) {
    }

    private static Object value(Group g, Licensing licensing, String property) {
        return switch (property) {
            case "assignedLicenses" -> licensing.licenses().stream().map(l -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("disabledPlans", l.disabledPlans().stream().sorted().map(Object::toString).toList());
                m.put("skuId", l.skuId().toString());
                return m;
            }).toList();
            case "hasMembersWithLicenseErrors" -> licensing.membersWithErrors();
            case "licenseProcessingState" -> Map.of("state", g.licenseProcessingState());
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
