package dev.allot.licensing.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.allot.directory.domain.UserRules;

/**
 * A licensing rule as an admin writes it: plans and products named by id or by name, countries as ISO 3166-1
 * alpha-2 codes. {@link #problems()} says what does not fit the rule's kind before anything is looked up.
 */
public record RuleDraft(RuleKind kind, String servicePlan, String product, List<String> otherServicePlans, List<String> countries,
        String description) {

    static final int MAX_OTHER_PLANS = 50;
    static final int MAX_DESCRIPTION = 500;

    public RuleDraft {
        otherServicePlans = List.copyOf(otherServicePlans);
        countries = countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).distinct().sorted().toList();
    }

    public boolean isAboutLocation() {
        return kind == RuleKind.AvailableOnlyIn || kind == RuleKind.UnavailableIn;
    }

    public List<String> problems() {
        List<String> problems = isAboutLocation() ? locationProblems() : planProblems();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add("description is longer than " + MAX_DESCRIPTION + " characters.");
        }
        return problems;
    }

    /** Requires and MutuallyExclusive relate one service plan to others enabled for the same user. */
    private List<String> planProblems() {
        List<String> problems = new ArrayList<>();
        if (servicePlan == null || product != null) {
            problems.add("A " + kind + " rule is about one service plan: give servicePlan, not product.");
        }
        if (otherServicePlans.isEmpty() || otherServicePlans.size() > MAX_OTHER_PLANS) {
            problems.add("A " + kind + " rule names 1 to " + MAX_OTHER_PLANS + " otherServicePlans "
                    + (kind == RuleKind.Requires ? "(at least one of them is needed)." : "(none of them may be enabled with it)."));
        }
        if (!countries.isEmpty()) {
            problems.add("A " + kind + " rule has no countries; countries belong to AvailableOnlyIn and UnavailableIn rules.");
        }
        return problems;
    }

    /** AvailableOnlyIn and UnavailableIn restrict one service plan, or every plan of one product, by usage location. */
    private List<String> locationProblems() {
        List<String> problems = new ArrayList<>();
        if ((servicePlan == null) == (product == null)) {
            problems.add("An " + kind + " rule is about one service plan or one product: give servicePlan or product, not both.");
        }
        if (!otherServicePlans.isEmpty()) {
            problems.add("An " + kind + " rule has no otherServicePlans; they belong to Requires and MutuallyExclusive rules.");
        }
        if (countries.isEmpty()) {
            problems.add("An " + kind + " rule lists at least one country.");
        }
        List<String> unknown = countries.stream().filter(c -> !UserRules.isCountryCode(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add("countries must be two-letter ISO 3166-1 codes such as US, GB or RO; not " + String.join(", ", unknown) + ".");
        }
        return problems;
    }
}
