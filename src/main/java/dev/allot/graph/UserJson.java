package dev.allot.graph;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import dev.allot.catalog.domain.ServicePlan;
import dev.allot.directory.domain.User;
import dev.allot.graph.odata.SelectClause;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.Assignment;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/** A user as Microsoft Graph v1.0 shows it, limited to $select (or Graph's default properties). */
public final class UserJson {

    /** Graph v1.0's default properties of a user. */
    public static final List<String> DEFAULT = List.of("businessPhones", "displayName", "givenName", "jobTitle", "mail",
            "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id");
    public static final Set<String> LICENSE_PROPERTIES = Set.of("assignedLicenses", "assignedPlans", "licenseAssignmentStates");
    public static final Set<String> SELECTABLE = new LinkedHashSet<>(List.of("id", "accountEnabled", "assignedLicenses", "assignedPlans",
            "businessPhones", "companyName", "createdDateTime", "department", "displayName", "givenName", "jobTitle",
            "licenseAssignmentStates", "mail", "mailNickname", "mobilePhone", "officeLocation", "preferredLanguage", "surname",
            "usageLocation", "userPrincipalName"));

    private UserJson() {
    }

    public static boolean needsLicenses(SelectClause select) {
        return select.properties().stream().anyMatch(LICENSE_PROPERTIES::contains);
    }

    /** Users as JSON; their licenses, when selected, read for all of them at once with licensesOf (user ids to their licenses). */
    public static List<Map<String, Object>> render(List<User> users, SelectClause select,
            Function<List<UUID>, Map<UUID, UserLicenses>> licensesOf) {
        Map<UUID, UserLicenses> licenses = needsLicenses(select) ? licensesOf.apply(users.stream().map(User::id).toList()) : Map.of();
        return users.stream().map(user -> render(user, licenses.get(user.id()), select)).toList();
    }

    /** licenses may be null when no license property is selected. */
    public static Map<String, Object> render(User u, UserLicenses licenses, SelectClause select) {
        return select.render(DEFAULT, p -> value(u, licenses, p));
    }

    private static Object value(User u, UserLicenses licenses, String property) {
        return switch (property) {
            case "id" -> u.id().toString();
            case "accountEnabled" -> u.accountEnabled();
            case "businessPhones" -> u.businessPhones();
            case "companyName" -> u.companyName();
            case "createdDateTime" -> instant(u.createdDateTime());
            case "department" -> u.department();
            case "displayName" -> u.displayName();
            case "givenName" -> u.givenName();
            case "jobTitle" -> u.jobTitle();
            case "mail" -> u.mail();
            case "mailNickname" -> u.mailNickname();
            case "mobilePhone" -> u.mobilePhone();
            case "officeLocation" -> u.officeLocation();
            case "preferredLanguage" -> u.preferredLanguage();
            case "surname" -> u.surname();
            case "usageLocation" -> u.usageLocation();
            case "userPrincipalName" -> u.userPrincipalName();
            case "assignedLicenses" -> assignedLicenses(licenses);
            case "assignedPlans" -> assignedPlans(licenses);
            case "licenseAssignmentStates" -> licenseAssignmentStates(licenses);
            default -> throw new IllegalArgumentException("not a user property: " + property);
        };
    }

    public static List<Map<String, Object>> assignedLicenses(UserLicenses licenses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (UUID sku : licenses.effective().heldSkus()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("disabledPlans", licenses.effective().disabledPlans(sku).stream().sorted().map(UUID::toString).toList());
            m.put("skuId", sku.toString());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> assignedPlans(UserLicenses licenses) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<UUID> seen = new java.util.HashSet<>();
        for (UUID sku : licenses.effective().heldSkus()) {
            SubscribedProduct product = licenses.catalog().product(sku).orElse(null);
            if (product == null) {
                continue;
            }
            Instant since = licenses.assignments().stream().filter(a -> a.skuId().equals(sku) && a.holdsLicense())
                    .map(Assignment::assignedAt).min(Instant::compareTo).orElse(null);
            for (ServicePlan plan : product.product().plans()) {
                if (licenses.effective().enabledPlans(sku).contains(plan.id()) && seen.add(plan.id())) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("assignedDateTime", instant(since));
                    m.put("capabilityStatus", product.status().name());
                    m.put("service", ServiceNames.of(plan.name()));
                    m.put("servicePlanId", plan.id().toString());
                    out.add(m);
                }
            }
        }
        return out;
    }

    static List<Map<String, Object>> licenseAssignmentStates(UserLicenses licenses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Assignment a : licenses.assignments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("assignedByGroup", a.groupId() == null ? null : a.groupId().toString());
            m.put("disabledPlans", a.disabledPlans().stream().sorted().map(UUID::toString).toList());
            m.put("error", a.error() == null ? "None" : a.error().name());
            m.put("lastUpdatedDateTime", instant(a.lastUpdatedAt()));
            m.put("skuId", a.skuId().toString());
            m.put("state", a.state().name());
            out.add(m);
        }
        return out;
    }

    static String instant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
