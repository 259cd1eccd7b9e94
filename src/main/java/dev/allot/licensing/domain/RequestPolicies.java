package dev.allot.licensing.domain;

import static dev.allot.error.ErrorCode.BAD_REQUEST;
import static dev.allot.error.ErrorCode.LICENSE_INHERITED_FROM_GROUP;
import static dev.allot.error.ErrorCode.LICENSE_NOT_ASSIGNED;
import static dev.allot.error.ErrorCode.PLAN_NOT_IN_PRODUCT;
import static dev.allot.error.ErrorCode.PRODUCT_NOT_ASSIGNABLE;
import static dev.allot.error.ErrorCode.PRODUCT_NOT_SUBSCRIBED;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.allot.catalog.domain.AppliesTo;
import dev.allot.licensing.domain.LicenseRequest.AddLicense;
import dev.allot.licensing.domain.TenantCatalog.SubscribedProduct;

/** The policies about the request itself: it must name products and plans that exist and can be changed. */
public final class RequestPolicies {

    private RequestPolicies() {
    }

    /** For a group's licenses: what it adds must exist and be assignable; removals are checked by the group itself. */
    public static List<LicensingPolicy> forGroups() {
        return List.of(RequestPolicies::noProductTwice, RequestPolicies::productsMustBeSubscribed,
                RequestPolicies::productsMustApplyToUsers, RequestPolicies::disabledPlansMustBelongToTheProduct);
    }

    public static List<LicensingPolicy> all() {
        return List.of(RequestPolicies::noProductTwice, RequestPolicies::productsMustBeSubscribed,
                RequestPolicies::productsMustApplyToUsers, RequestPolicies::disabledPlansMustBelongToTheProduct,
                RequestPolicies::removedLicensesMustBeAssignedDirectly);
    }

    static List<Violation> noProductTwice(LicenseChange change) {
        List<Violation> found = new ArrayList<>();
        Set<UUID> added = new HashSet<>();
        for (AddLicense add : change.request().add()) {
            if (!added.add(add.skuId())) {
                found.add(Violation.of(BAD_REQUEST, add.skuId(), "License " + add.skuId() + " appears more than once in addLicenses."));
            }
        }
        Set<UUID> removed = new HashSet<>();
        for (UUID sku : change.request().remove()) {
            if (!removed.add(sku)) {
                found.add(Violation.of(BAD_REQUEST, sku, "License " + sku + " appears more than once in removeLicenses."));
            }
            if (added.contains(sku)) {
                found.add(Violation.of(BAD_REQUEST, sku, "License " + sku + " cannot be in both addLicenses and removeLicenses."));
            }
        }
        return found;
    }

    static List<Violation> productsMustBeSubscribed(LicenseChange change) {
        return change.request().add().stream().map(AddLicense::skuId)
                .filter(sku -> change.catalog().product(sku).isEmpty())
                .map(sku -> Violation.of(PRODUCT_NOT_SUBSCRIBED, sku,
                        "License " + sku + " does not correspond to a valid company License."))
                .toList();
    }

    static List<Violation> productsMustApplyToUsers(LicenseChange change) {
        return change.request().add().stream().map(AddLicense::skuId)
                .map(change.catalog()::product).flatMap(Optional::stream)
                .filter(p -> p.product().appliesTo() != AppliesTo.User)
                .map(p -> Violation.of(PRODUCT_NOT_ASSIGNABLE, p.product().skuId(), "License " + p.product().skuId() + " ("
                        + p.product().skuPartNumber() + ") applies to the organization, not to users, and cannot be assigned to a user."))
                .toList();
    }

    static List<Violation> disabledPlansMustBelongToTheProduct(LicenseChange change) {
        List<Violation> found = new ArrayList<>();
        for (AddLicense add : change.request().add()) {
            Optional<SubscribedProduct> product = change.catalog().product(add.skuId());
            if (product.isEmpty()) {
                continue;
            }
            for (UUID plan : add.disabledPlans()) {
                if (!product.get().product().hasPlan(plan)) {
                    found.add(Violation.of(PLAN_NOT_IN_PRODUCT, add.skuId(), "Service plan " + plan + " is not part of license "
                            + add.skuId() + " (" + product.get().product().skuPartNumber() + "), so it cannot be disabled in it."));
                }
            }
        }
        return found;
    }

    static List<Violation> removedLicensesMustBeAssignedDirectly(LicenseChange change) {
        List<Violation> found = new ArrayList<>();
        for (UUID sku : change.request().remove()) {
            boolean direct = change.before().stream().anyMatch(a -> a.skuId().equals(sku) && a.isDirect());
            boolean inherited = change.before().stream().anyMatch(a -> a.skuId().equals(sku) && !a.isDirect());
            if (!direct && inherited) {
                found.add(Violation.of(LICENSE_INHERITED_FROM_GROUP, sku,
                        "User license is inherited from a group membership and it cannot be removed directly from the user."));
            } else if (!direct) {
                found.add(Violation.of(LICENSE_NOT_ASSIGNED, sku, "User does not have a corresponding license " + sku + "."));
            }
        }
        return found;
    }
}
