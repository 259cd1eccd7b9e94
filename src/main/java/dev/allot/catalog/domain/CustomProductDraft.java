package dev.allot.catalog.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * An organization's own product (anyone's software, licensed the way Microsoft's is), as an admin describes it.
 * skuId and each servicePlanId may be left out to be generated. {@link #problems()} checks what can be checked
 * without the catalog; the catalog checks (uniqueness, clashes with Microsoft's ids) come after.
 */
public record CustomProductDraft(String skuPartNumber, String displayName, AppliesTo appliesTo, UUID skuId, List<PlanDraft> plans) {

    /** Letters, digits, _ and -, starting with a letter or digit: what scripts can type and Microsoft's own names use. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,99}");
    static final int MAX_PLANS = 100;
    static final int MAX_TEXT = 256;

    public CustomProductDraft {
        plans = List.copyOf(plans);
    }

    /** One service plan of the product: a new one, or one of the organization's existing custom plans. */
    public record PlanDraft(String servicePlanName, String friendlyName, UUID servicePlanId) {
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!NAME.matcher(skuPartNumber).matches()) {
            problems.add("skuPartNumber must be 2 to 100 letters, digits, _ or -, starting with a letter or digit, such as ACME_CAD_PRO; got '"
                    + skuPartNumber + "'.");
        }
        if (displayName.isBlank() || displayName.length() > MAX_TEXT) {
            problems.add("displayName must be 1 to " + MAX_TEXT + " characters.");
        }
        if (plans.isEmpty() || plans.size() > MAX_PLANS) {
            problems.add("A product has 1 to " + MAX_PLANS + " service plans; servicePlans lists " + plans.size() + ".");
        }
        plans.forEach(plan -> problems.addAll(problems(plan)));
        problems.addAll(repeats());
        return problems;
    }

    private static List<String> problems(PlanDraft plan) {
        List<String> problems = new ArrayList<>();
        if (!NAME.matcher(plan.servicePlanName()).matches()) {
            problems.add("servicePlanName must be 2 to 100 letters, digits, _ or -, starting with a letter or digit, such as ACME_CAD; got '"
                    + plan.servicePlanName() + "'.");
        }
        if (plan.friendlyName() != null && (plan.friendlyName().isBlank() || plan.friendlyName().length() > MAX_TEXT)) {
            problems.add("friendlyName of " + plan.servicePlanName() + " must be 1 to " + MAX_TEXT + " characters.");
        }
        return problems;
    }

    private List<String> repeats() {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (PlanDraft plan : plans) {
            if (!names.add(plan.servicePlanName().toUpperCase(Locale.ROOT))) {
                problems.add("Service plan " + plan.servicePlanName() + " is listed more than once.");
            }
            if (plan.servicePlanId() != null && !ids.add(plan.servicePlanId())) {
                problems.add("servicePlanId " + plan.servicePlanId() + " is listed more than once.");
            }
        }
        return problems;
    }
}
