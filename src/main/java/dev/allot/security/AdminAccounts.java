package dev.allot.security;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import dev.allot.audit.Actor;

/** Local admin accounts for signing in to the admin center, looked up by sign-in name (case-insensitive). */
@Service
public class AdminAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    public AdminAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String signInName) {
        return jdbc.sql("""
                select tenant_id, account_id, sign_in_name, display_name, password_hash, role
                  from admin_account where lower(sign_in_name) = lower(?)
                """)
                .param(signInName)
                .query((rs, i) -> new AdminPrincipal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), Actor.Role.valueOf(rs.getString(6))))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No admin account " + signInName));
    }
}
