package dev.allot.licensing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.allot.licensing.domain.LicenseRequest.AddLicense;

/**
 * Decides one user's licensing change: what the assignments become, which seats are taken or freed, or every
 * reason the change is refused. Pure: it reads nothing and writes nothing; the seat count itself is enforced by
 * the database when the plan is written.
 */
public final class LicensePlanner {

    private final List<LicensingPolicy> requestPolicies;
    private final List<LicensingPolicy> rulePolicies;

    public LicensePlanner() {
        this(RequestPolicies.all(), RulePolicies.all());
    }

    public LicensePlanner(List<LicensingPolicy> requestPolicies, List<LicensingPolicy> rulePolicies) {
        this.requestPolicies = List.copyOf(requestPolicies);
        this.rulePolicies = List.copyOf(rulePolicies);
    }

    public Decision decide(Licensee licensee, List<Assignment> current, LicenseRequest request, TenantCatalog catalog, Instant now) {
        LicenseChange asked = LicenseChange.of(licensee, request, current, current, Set.of(), catalog);
        List<Violation> mistakes = run(requestPolicies, asked);
        if (!mistakes.isEmpty()) {
            return new Decision(Optional.empty(), mistakes);
        }
        List<Assignment> after = new ArrayList<>();
        Set<UUID> removed = new HashSet<>(request.remove());
        List<Assignment> upserts = new ArrayList<>();
        Set<UUID> changed = new LinkedHashSet<>();
        for (Assignment a : current) {
            boolean replaced = a.isDirect() && request.add().stream().anyMatch(add -> add.skuId().equals(a.skuId()));
            if (!(a.isDirect() && removed.contains(a.skuId())) && !replaced) {
                after.add(a);
            }
        }
        for (AddLicense add : request.add()) {
            Optional<Assignment> existing = current.stream().filter(a -> a.isDirect() && a.skuId().equals(add.skuId())).findFirst();
            Assignment written = existing.map(a -> a.withDisabledPlans(add.disabledPlans(), now))
                    .orElseGet(() -> Assignment.direct(add.skuId(), add.disabledPlans(), now));
            after.add(written);
            upserts.add(written);
            if (existing.isEmpty() || !existing.get().disabledPlans().equals(add.disabledPlans())) {
                changed.add(add.skuId());
            }
        }
        LicenseChange change = LicenseChange.of(licensee, request, current, after, changed, catalog);
        List<Violation> violations = run(rulePolicies, change);
        if (!violations.isEmpty()) {
            return new Decision(Optional.empty(), violations);
        }
        Set<UUID> held = change.effectiveAfter().heldSkus();
        Set<UUID> before = change.effectiveBefore().heldSkus();
        Set<UUID> take = new LinkedHashSet<>(held);
        take.removeAll(before);
        Set<UUID> free = new LinkedHashSet<>(before);
        free.removeAll(held);
        return new Decision(Optional.of(new LicensePlan(after, upserts, removed, take, free, change.effectiveAfter())), List.of());
    }

    private static List<Violation> run(List<LicensingPolicy> policies, LicenseChange change) {
        List<Violation> found = new ArrayList<>();
        for (LicensingPolicy policy : policies) {
            found.addAll(policy.check(change));
        }
        return found;
    }

    /** Either a plan to write or the reasons for refusing; never both. */
    public record Decision(Optional<LicensePlan> plan, List<Violation> violations) {
        public boolean approved() {
            return plan.isPresent();
        }
    }

    /**
     * What to write: the direct assignments to insert or update, the products whose direct assignment goes,
     * and the seats to take and free.
     */
    public record LicensePlan(List<Assignment> after, List<Assignment> directUpserts, Set<UUID> directRemovals,
            Set<UUID> seatsToTake, Set<UUID> seatsToFree, EffectiveLicenses effective) {

        public boolean changesNothing() {
            return directUpserts.isEmpty() && directRemovals.isEmpty();
        }
    }
}
