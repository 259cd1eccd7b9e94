package dev.allot.security;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import dev.allot.audit.Actor;

/** A signed-in admin of the admin center: which organization they administer and as whom. */
public class AdminPrincipal extends User {

    private final UUID tenantId;
    private final UUID accountId;
    private final String displayName;
    private final Actor.Role role;

    public AdminPrincipal(UUID tenantId, UUID accountId, String signInName, String displayName, String passwordHash, Actor.Role role) {
        super(signInName, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.tenantId = tenantId;
        this.accountId = accountId;
        this.displayName = displayName;
        this.role = role;
    }

    public Caller caller() {
        return new Caller(tenantId, new Actor(Actor.Type.Admin, accountId.toString(), getUsername(), role));
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String displayName() {
        return displayName;
    }
}
