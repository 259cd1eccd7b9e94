package dev.allot.security;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Local admin accounts for signing in to the admin center, looked up by sign-in name (case-insensitive). */
@Service
public class AdminAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    public AdminAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String signInName) {
        return jdbc.sql("select sign_in_name, password_hash, role from admin_account where lower(sign_in_name) = lower(?)")
                .param(signInName)
                .query((rs, i) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString(3)))).build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No admin account " + signInName));
    }
}
