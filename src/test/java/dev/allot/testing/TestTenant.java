package dev.allot.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.allot.directory.domain.UserProperty;
import dev.allot.licensing.UserLicenses;
import dev.allot.licensing.domain.LicenseRequest;

/** An organization created for one test, with its users by alias and an API token of its Global Administrator. */
public final class TestTenant {

    private final Fixtures f;
    public final UUID id;
    public final String domain;
    public final String token;
    public final String adminSignIn;
    public final String adminPassword;
    private final Map<String, UUID> users = new LinkedHashMap<>();

    TestTenant(Fixtures f, UUID id, String domain, String token, String adminSignIn, String adminPassword) {
        this.f = f;
        this.id = id;
        this.domain = domain;
        this.token = token;
        this.adminSignIn = adminSignIn;
        this.adminPassword = adminPassword;
    }

    public UUID addUser(String alias, String usageLocation) {
        return addUser(alias, usageLocation, Map.of());
    }

    /** A user with further properties (department, jobTitle, mail...), for tests that look users up by them. */
    public UUID addUser(String alias, String usageLocation, Map<UserProperty, Object> properties) {
        UUID userId = f.directory.createUser(id, Fixtures.ADMIN, Fixtures.user(alias, domain, usageLocation, properties)).id();
        users.put(alias, userId);
        return userId;
    }

    /** count users in the US, aliased prefix001, prefix002, ... (numbered so that alias order is creation order), for paging tests. */
    public List<UUID> addUsers(String prefix, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(addUser(prefix + String.format("%03d", i), "US"));
        }
        return ids;
    }

    public UUID user(String alias) {
        UUID userId = users.get(alias);
        if (userId == null) {
            throw new IllegalArgumentException("no user " + alias + " in this test tenant");
        }
        return userId;
    }

    public String upn(String alias) {
        return alias + "@" + domain;
    }

    public UserLicenses assign(String alias, Sku sku, Plan... disabled) {
        java.util.Set<UUID> off = new java.util.HashSet<>();
        for (Plan p : disabled) {
            off.add(p.id);
        }
        return f.licensing.assignLicense(id, Fixtures.ADMIN, user(alias), new LicenseRequest(
                java.util.List.of(new LicenseRequest.AddLicense(sku.id, off)), java.util.List.of()));
    }

    /**
     * Gives the user the product through a group, as group-based licensing writes it: an assignment row with the
     * group as its source and, if the user had no seat of the product yet, a seat (still guarded by the database).
     */
    public void giveThroughGroup(String alias, Sku sku, UUID groupId) {
        f.jdbc.sql("""
                insert into license_assignment (tenant_id, user_id, sku_id, source_group_id, disabled_plans, state)
                values (?, ?, ?, ?, '{}', 'Active')
                """).params(id, user(alias), sku.id, groupId).update();
        f.jdbc.sql("insert into user_license (tenant_id, user_id, sku_id) values (?, ?, ?) on conflict do nothing")
                .params(id, user(alias), sku.id).update();
    }

    /** Moves every subscription of the product to this lifecycle state, as billing would. */
    public void setSubscriptionStatus(Sku sku, dev.allot.billing.domain.SubscriptionStatus status) {
        f.billing.subscriptions(id, Fixtures.ADMIN).stream().filter(s -> s.skuId().equals(sku.id))
                .forEach(s -> f.billing.changeStatus(id, Fixtures.ADMIN, s.id(), status, null));
    }

    /** A security group with these members. */
    public UUID group(String name, String... members) {
        UUID groupId = f.directory.createGroup(id, Fixtures.ADMIN, new dev.allot.directory.DirectoryService.GroupDraft(name, null,
                name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT), false, true)).id();
        for (String alias : members) {
            f.directory.addMember(id, Fixtures.ADMIN, groupId, user(alias));
        }
        return groupId;
    }

    public void addToGroup(UUID groupId, String alias) {
        f.directory.addMember(id, Fixtures.ADMIN, groupId, user(alias));
    }

    public void removeFromGroup(UUID groupId, String alias) {
        f.directory.removeMember(id, Fixtures.ADMIN, groupId, user(alias));
    }

    public UserLicenses licenses(String alias) {
        return f.licensing.licenses(id, user(alias));
    }
}
