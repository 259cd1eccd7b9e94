package dev.allot.security;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.allot.error.ErrorCode;
import dev.allot.web.HttpErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}. Tokens are looked up by their SHA-256
 * hash; a short-lived cache keeps the lookup off the hot path of high-rate callers.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final Duration CACHE_FOR = Duration.ofSeconds(5);

    private final CredentialStore store;
    private final HttpErrors errors;
    private final Cache<String, Optional<Caller>> cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(CACHE_FOR).build();

    public BearerTokenFilter(CredentialStore store, HttpErrors errors) {
        this.store = store;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            errors.write(request, response, ErrorCode.UNAUTHENTICATED, "Access token is empty.");
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 4096) {
            errors.write(request, response, ErrorCode.UNAUTHENTICATED, "Access token must be sent as 'Authorization: Bearer <token>'.");
            return;
        }
        String token = header.substring(7).strip();
        byte[] hash = TokenHasher.hash(token);
        Optional<Caller> caller = cache.get(HexFormat.of().formatHex(hash), k -> store.findLiveToken(hash));
        if (caller.isEmpty()) {
            errors.write(request, response, ErrorCode.UNAUTHENTICATED, "Access token is invalid, expired or revoked.");
            return;
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(caller.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.get().actor().role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Forget cached lookups (a token was revoked). */
    public void forgetAll() {
        cache.invalidateAll();
    }
}
