package dev.allot.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;

import dev.allot.audit.Actor;
import dev.allot.billing.BillingService;
import dev.allot.billing.BillingService.NewSubscription;
import dev.allot.billing.domain.SubscriptionStatus;
import dev.allot.directory.DirectoryService;
import dev.allot.directory.domain.UserChanges;
import dev.allot.directory.domain.UserProperty;
import dev.allot.licensing.LicensingService;
import dev.allot.security.BootstrapCredentials;
import dev.allot.tenant.TenantProvisioning;

/** Builds organizations for tests in the words admins use: {@code aTenant().withSku(E3, seats(5)).withUser("adele", "US")}. */
@TestComponent
public class Fixtures {

    public static final Actor ADMIN = new Actor(Actor.Type.Admin, "test-admin", "Test Admin", Actor.Role.GlobalAdministrator);

    final TenantProvisioning provisioning;
    final BillingService billing;
    final DirectoryService directory;
    final LicensingService licensing;
    final BootstrapCredentials credentials;
    final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    public Fixtures(TenantProvisioning provisioning, BillingService billing, DirectoryService directory, LicensingService licensing,
            BootstrapCredentials credentials, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.provisioning = provisioning;
        this.billing = billing;
        this.directory = directory;
        this.licensing = licensing;
        this.credentials = credentials;
    }

    public static int seats(int n) {
        return n;
    }

    public TenantBuilder aTenant() {
        return new TenantBuilder(this);
    }

    /** A fluent description of an organization to create. */
    public static final class TenantBuilder {
        private final Fixtures f;
        private final List<Object[]> skus = new ArrayList<>();
        private final Map<String, String> users = new LinkedHashMap<>();
        private String name = "Fabrikam";
        private String defaultLocation = "US";

        TenantBuilder(Fixtures f) {
            this.f = f;
        }

        public TenantBuilder named(String name) {
            this.name = name;
            return this;
        }

        public TenantBuilder withDefaultUsageLocation(String location) {
            this.defaultLocation = location;
            return this;
        }

        public TenantBuilder withSku(Sku sku, int seats) {
            return withSku(sku, seats, SubscriptionStatus.Enabled);
        }

        public TenantBuilder withSku(Sku sku, int seats, SubscriptionStatus status) {
            skus.add(new Object[] {sku, seats, status});
            return this;
        }

        /** A user with this alias (alias@fabrikam.test) in this usage location (null: none). */
        public TenantBuilder withUser(String alias, String usageLocation) {
            users.put(alias, usageLocation);
            return this;
        }

        public TestTenant build() {
            UUID tenantId = UUID.randomUUID();
            f.provisioning.create(ADMIN, tenantId, name, defaultLocation);
            for (Object[] s : skus) {
                f.billing.subscribe(tenantId, ADMIN, new NewSubscription(((Sku) s[0]).partNumber, (Integer) s[1],
                        (SubscriptionStatus) s[2], false, null, null));
            }
            String domain = "t" + tenantId.toString().substring(0, 8) + ".test";
            var admin = f.credentials.createFirstAdmin(tenantId, "admin@" + domain, "", "");
            TestTenant tenant = new TestTenant(f, tenantId, domain, admin.token(), admin.signInName(), admin.password());
            users.forEach(tenant::addUser);
            return tenant;
        }
    }

    /** The user described by alias and usage location, with further properties (department, mail...) set too. */
    static UserChanges user(String alias, String domain, String usageLocation, Map<UserProperty, Object> properties) {
        UserChanges.Builder b = UserChanges.builder()
                .set(UserProperty.userPrincipalName, alias + "@" + domain)
                .set(UserProperty.displayName, Character.toUpperCase(alias.charAt(0)) + alias.substring(1))
                .set(UserProperty.accountEnabled, true);
        if (usageLocation != null) {
            b.set(UserProperty.usageLocation, usageLocation);
        }
        properties.forEach(b::set);
        return b.build();
    }
}
