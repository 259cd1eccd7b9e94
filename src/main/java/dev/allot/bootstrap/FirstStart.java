package dev.allot.bootstrap;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.allot.audit.Actor;
import dev.allot.catalog.CatalogImporter;
import dev.allot.config.AllotProperties;
import dev.allot.security.BootstrapCredentials;
import dev.allot.security.BootstrapCredentials.Issued;
import dev.allot.tenant.Tenant;
import dev.allot.tenant.TenantProvisioning;
import dev.allot.tenant.TenantStore;

/**
 * Makes a fresh database usable before the server takes requests: loads the default catalog, and on the very
 * first start creates the organization (the Contoso demo, or an empty one) with its first Global Administrator.
 * The sign-in and token are shown on the console once, when the server is listening.
 */
@Component
public class FirstStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final long FIRST_START_LOCK = 0x416c6c6f7431L;

    private final AllotProperties properties;
    private final CatalogImporter catalog;
    private final TenantStore tenants;
    private final TenantProvisioning provisioning;
    private final BootstrapCredentials credentials;
    private final DemoOrganization demo;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final AtomicReference<Created> created = new AtomicReference<>();

    public FirstStart(AllotProperties properties, CatalogImporter catalog, TenantStore tenants, TenantProvisioning provisioning,
            BootstrapCredentials credentials, DemoOrganization demo, TransactionTemplate transactions, JdbcClient jdbc) {
        this.properties = properties;
        this.catalog = catalog;
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.credentials = credentials;
        this.demo = demo;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public void afterSingletonsInstantiated() {
        catalog.importDefaultCatalogIfChanged();
        transactions.executeWithoutResult(tx -> {
            // two servers starting together on one fresh database: only one creates the organization
            jdbc.sql("select pg_advisory_xact_lock(?)").param(FIRST_START_LOCK).query(Object.class).single();
            if (!tenants.any()) {
                created.set(createOrganization());
            }
        });
    }

    private Created createOrganization() {
        Actor system = Actor.system("first start");
        UUID tenantId = UUID.randomUUID();
        AllotProperties.Bootstrap b = properties.bootstrap();
        Tenant tenant;
        String admin;
        if (properties.demo()) {
            tenant = provisioning.create(system, tenantId, DemoOrganization.NAME, DemoOrganization.DEFAULT_USAGE_LOCATION);
            demo.populate(tenantId, system);
            admin = b.admin().isBlank() ? "admin@contoso.com" : b.admin();
        } else {
            tenant = provisioning.create(system, tenantId, properties.organizationName(), properties.organizationUsageLocation());
            admin = b.admin().isBlank() ? "admin@" + domainOf(properties.organizationName()) : b.admin();
        }
        Issued issued = credentials.createFirstAdmin(tenantId, admin, b.password(), b.token());
        log.info("Created the organization {} ({})", tenant.displayName(), tenantId);
        return new Created(tenant, issued);
    }

    static String domainOf(String organizationName) {
        String slug = organizationName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return (slug.isEmpty() ? "organization" : slug) + ".example";
    }

    @EventListener
    public void onServerStarted(WebServerInitializedEvent event) {
        Created first = created.getAndSet(null);
        if (first == null) {
            return;
        }
        String host = properties.publicUrl().isBlank() ? "http://127.0.0.1:" + event.getWebServer().getPort() : properties.publicUrl();
        String banner = """

                ==================================================================================
                 Allot is ready: %s
                 Organization:   %s
                 Sign in as:     %s
                 Password:       %s
                 API token:      %s
                 Graph API:      %s/v1.0   (Authorization: Bearer <API token>)
                 This is shown only once: keep the password and token somewhere safe.
                ==================================================================================
                """.formatted(host, first.tenant().displayName(), first.issued().signInName(), first.issued().password(),
                first.issued().token(), host);
        System.out.println(banner);
        System.out.flush();
    }

    private record Created(Tenant tenant, Issued issued) {
    }
}
