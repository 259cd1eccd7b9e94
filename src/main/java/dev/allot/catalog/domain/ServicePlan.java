package dev.allot.catalog.domain;

import java.util.Objects;
import java.util.UUID;

/** An app inside a product (Graph's servicePlanInfo), e.g. EXCHANGE_S_ENTERPRISE in Office 365 E3. */
public record ServicePlan(UUID id, String name, String friendlyName, AppliesTo appliesTo) {

    public ServicePlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        friendlyName = friendlyName == null || friendlyName.isBlank() ? name : friendlyName;
        appliesTo = appliesTo == null ? AppliesTo.User : appliesTo;
    }
}
