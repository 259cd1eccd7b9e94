package dev.allot.licensing;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every Allot process sharing the database that licensing data changed, through PostgreSQL's
 * NOTIFY. Sent inside the changing transaction, so it is delivered exactly when (and only if) the change commits.
 */
@Component
public class LicenseEvents {

    public static final String CHANNEL = "allot_licensing";

    private final JdbcClient jdbc;

    public LicenseEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Products, plans, rules or subscription states of the tenant changed: drop everything cached for it. */
    public void tenantChanged(UUID tenantId) {
        notify("t:" + tenantId);
    }

    /** One user's licenses (or their existence) changed. */
    public void userChanged(UUID tenantId, UUID userId) {
        notify("u:" + tenantId + ":" + userId);
    }

    private void notify(String payload) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, payload).query(rs -> { });
    }
}
