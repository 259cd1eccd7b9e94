package dev.allot.security;

import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.allot.audit.Actor;
import dev.allot.audit.AuditLog;

/** The first Global Administrator of an organization: sign-in name, password and API token. */
@Service
public class BootstrapCredentials {

    private final CredentialStore store;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    public BootstrapCredentials(CredentialStore store, PasswordEncoder passwords, AuditLog audit) {
        this.store = store;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Creates the admin and their token; blank arguments are generated. The plain secrets are returned once. */
    @Transactional
    public Issued createFirstAdmin(UUID tenantId, String signInName, String password, String token) {
        String password1 = password.isBlank() ? TokenHasher.newPassword() : password;
        String token1 = token.isBlank() ? TokenHasher.newToken() : token;
        UUID accountId = UUID.randomUUID();
        store.insertAdmin(tenantId, accountId, signInName, "Global Administrator", passwords.encode(password1));
        UUID tokenId = UUID.randomUUID();
        store.insertToken(tenantId, tokenId, TokenHasher.hash(token1), "Bootstrap token of " + signInName, accountId, null);
        Actor system = Actor.system("first start");
        audit.success(tenantId, system, "admin.create", "admin", accountId, java.util.Map.of("signInName", signInName, "role", "GlobalAdministrator"));
        audit.success(tenantId, system, "token.create", "token", tokenId, java.util.Map.of("name", "Bootstrap token of " + signInName));
        return new Issued(signInName, password1, token1);
    }

    /** Secrets as issued; shown once on the console. */
    public record Issued(String signInName, String password, String token) {
    }
}
