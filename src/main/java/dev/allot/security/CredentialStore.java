package dev.allot.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.allot.audit.Actor;

/** Admin accounts and API tokens, in SQL. Only hashes of secrets are stored. */
@Repository
public class CredentialStore {

    private final JdbcClient jdbc;

    public CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAdmin(UUID tenantId, UUID accountId, String signInName, String displayName, String passwordHash) {
        jdbc.sql("insert into admin_account (tenant_id, account_id, sign_in_name, display_name, password_hash) values (?, ?, ?, ?, ?)")
                .params(tenantId, accountId, signInName, displayName, passwordHash).update();
    }

    public void insertToken(UUID tenantId, UUID tokenId, byte[] hash, String name, UUID accountId, Instant expiresAt) {
        jdbc.sql("insert into api_token (tenant_id, token_id, token_hash, name, account_id, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(tenantId, tokenId, hash, name, accountId, expiresAt == null ? null : Timestamp.from(expiresAt)).update();
    }

    /** The live token with this hash: not revoked, not expired. */
    public Optional<Caller> findLiveToken(byte[] hash) {
        return jdbc.sql("""
                select tenant_id, token_id, name, role from api_token
                 where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
                """).param(hash)
                .query((rs, i) -> new Caller(rs.getObject("tenant_id", UUID.class),
                        new Actor(Actor.Type.Token, rs.getObject("token_id", UUID.class).toString(), rs.getString("name"),
                                Actor.Role.valueOf(rs.getString("role")))))
                .optional();
    }
}
