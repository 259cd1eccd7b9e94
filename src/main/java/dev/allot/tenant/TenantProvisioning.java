package dev.allot.tenant;

import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;
import dev.allot.directory.domain.UserRules;
import dev.allot.error.AllotException;
import dev.allot.licensing.DefaultRules;
import dev.allot.licensing.RuleStore;

/** Creates organizations, each with its own copy of the default licensing rules. */
@Service
public class TenantProvisioning {

    private final TenantStore tenants;
    private final RuleStore rules;
    private final DefaultRules defaultRules;
    private final AuditLog audit;

    public TenantProvisioning(TenantStore tenants, RuleStore rules, DefaultRules defaultRules, AuditLog audit) {
        this.tenants = tenants;
        this.rules = rules;
        this.defaultRules = defaultRules;
        this.audit = audit;
    }

    @Transactional
    public Tenant create(Actor actor, UUID tenantId, String displayName, String defaultUsageLocation) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 256) {
            throw AllotException.invalidValue("An organization's name must be 1 to 256 characters.");
        }
        if (defaultUsageLocation != null && !UserRules.isCountryCode(defaultUsageLocation)) {
            throw AllotException.invalidValue("The default usage location must be a two-letter ISO 3166-1 country code, got '"
                    + defaultUsageLocation + "'.");
        }
        tenants.create(tenantId, displayName.strip(), defaultUsageLocation);
        defaultRules.resolve(tenantId).forEach(rule -> rules.insert(tenantId, rule));
        audit.success(tenantId, actor, "tenant.create", "tenant", tenantId, java.util.Map.of("displayName", displayName));
        return tenants.find(tenantId).orElseThrow();
    }
}
