package dev.allot.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.allot.directory.domain.UserChanges;
import dev.allot.directory.domain.UserProperty;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import dev.allot.licensing.domain.LicenseRequest;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import tools.jackson.databind.JsonNode;

/** Reads the bodies of the user endpoints into domain requests, with Graph's error messages. */
final class UserBodies {

    /** Graph properties accepted on create and update. passwordProfile is accepted but not kept: Allot does not sign users in. */
    static final Set<String> WRITABLE;

    static {
        Set<String> names = new LinkedHashSet<>();
        for (UserProperty p : UserProperty.values()) {
            if (p.writable()) {
                names.add(p.name());
            }
        }
        names.add("passwordProfile");
        names.add("passwordPolicies");
        WRITABLE = Set.copyOf(names);
    }

    private UserBodies() {
    }

    static UserChanges userChanges(GraphBody body) {
        body.allowOnly(WRITABLE);
        UserChanges.Builder changes = UserChanges.builder();
        for (Map.Entry<String, JsonNode> e : iterable(body)) {
            if (e.getKey().startsWith("@odata.") || e.getKey().startsWith("password")) {
                continue;
            }
            UserProperty property = UserProperty.named(e.getKey()).orElseThrow();
            changes.set(property, GraphBody.plain(e.getKey(), e.getValue()));
        }
        if (!changes.problems().isEmpty()) {
            throw new AllotException(ErrorCode.INVALID_VALUE, String.join(" ", changes.problems()));
        }
        return changes.build();
    }

    static LicenseRequest licenseRequest(GraphBody body) {
        body.allowOnly(Set.of("addLicenses", "removeLicenses"));
        List<AddLicense> add = new ArrayList<>();
        for (JsonNode item : body.array("addLicenses")) {
            if (!item.isObject()) {
                throw new AllotException(ErrorCode.INVALID_VALUE, "Each item of addLicenses must be an object {\"skuId\":..., \"disabledPlans\":[...]}.");
            }
            for (String name : item.propertyNames()) {
                if (!Set.of("skuId", "disabledPlans").contains(name) && !name.startsWith("@odata.")) {
                    throw new AllotException(ErrorCode.UNKNOWN_PROPERTY,
                            "Property '" + name + "' does not exist as a declared property or extension property.");
                }
            }
            UUID sku = GraphBody.guid("skuId", item.get("skuId"));
            Set<UUID> disabled = new HashSet<>();
            JsonNode plans = item.get("disabledPlans");
            if (plans != null && !plans.isNull()) {
                if (!plans.isArray()) {
                    throw new AllotException(ErrorCode.INVALID_VALUE, "disabledPlans must be an array of service plan ids.");
                }
                plans.forEach(p -> disabled.add(GraphBody.guid("disabledPlans", p)));
            }
            add.add(new AddLicense(sku, disabled));
        }
        List<UUID> remove = new ArrayList<>();
        for (JsonNode item : body.array("removeLicenses")) {
            remove.add(GraphBody.guid("removeLicenses", item));
        }
        return new LicenseRequest(add, remove);
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(GraphBody body) {
        return body::properties;
    }
}
