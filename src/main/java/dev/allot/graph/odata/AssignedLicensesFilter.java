package dev.allot.graph.odata;

import java.util.Set;
import java.util.UUID;

import dev.allot.graph.odata.FilterExpression.Any;
import dev.allot.graph.odata.FilterExpression.Comparison;

/**
 * A user's assignedLicenses, as Graph scripts filter on them: who holds a product, and who holds none. Answered
 * from user_license (a row per seat held), whose primary key and by-sku index keep both questions to index probes.
 */
final class AssignedLicensesFilter implements CollectionFilter {

    private static final String HELD_BY_USER = "select 1 from user_license l where l.tenant_id = u.tenant_id and l.user_id = u.user_id";
    private static final Set<ComparisonOperator> MEANS_SOME = Set.of(ComparisonOperator.NE, ComparisonOperator.GT);

    private final String help;

    AssignedLicensesFilter(String help) {
        this.help = help;
    }

    @Override
    public String any(Any node, SqlParameters parameters) {
        UUID skuId = skuIdAskedFor(node);
        return "exists (" + HELD_BY_USER + " and l.sku_id = " + parameters.add(skuId) + ")";
    }

    @Override
    public String count(Comparison node, SqlParameters parameters) {
        boolean zero = node.value().is(Literal.Kind.INTEGER) && node.value().integer() == 0;
        if (zero && node.operator() == ComparisonOperator.EQ) {
            return "not exists (" + HELD_BY_USER + ")";
        }
        if (zero && MEANS_SOME.contains(node.operator())) {
            return "exists (" + HELD_BY_USER + ")";
        }
        throw FilterErrors.unsupported("assignedLicenses/$count " + node.operator().keyword() + " " + node.value().text()
                + " (only eq 0, ne 0 and gt 0 can be asked)", node.position(), help);
    }

    @Override
    public String usage() {
        return "Filter on it with assignedLicenses/any(x:x/skuId eq <guid>) or assignedLicenses/$count eq 0.";
    }

    /** The one form Graph documents: any(x:x/skuId eq <guid>). */
    private UUID skuIdAskedFor(Any node) {
        if (node.condition() instanceof Comparison c && c.operator() == ComparisonOperator.EQ && c.property().segments().size() == 2
                && c.property().first().equals(node.variable()) && c.property().last().equalsIgnoreCase("skuId")) {
            return Guids.of(c.value()).orElseThrow(() -> FilterErrors.invalid("skuId is a GUID, so it cannot be compared with "
                    + c.value().text(), c.value().position(), help));
        }
        throw FilterErrors.unsupported("this condition inside assignedLicenses/any() (only " + node.variable() + "/skuId eq <guid> can be asked)",
                node.condition().position(), help);
    }
}
