package dev.allot.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import dev.allot.error.ErrorCode;
import dev.allot.web.HttpErrors;

/** API calls carry a bearer token; the rest is public for now (the admin center's sign-in comes with the web issue). */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    BearerTokenFilter bearerTokenFilter(CredentialStore store, HttpErrors errors) {
        return new BearerTokenFilter(store, errors);
    }

    /** The filter runs inside the API security chain only, not as a servlet filter on every path. */
    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilterRegistration(BearerTokenFilter filter) {
        FilterRegistrationBean<BearerTokenFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, BearerTokenFilter bearer, HttpErrors errors) throws Exception {
        http.securityMatcher("/v1.0/**", "/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .anonymous(a -> a.disable())
                .addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> errors.write(req, res, ErrorCode.UNAUTHENTICATED, "Access token is empty."))
                        .accessDeniedHandler((req, res, ex) -> errors.write(req, res, ErrorCode.FORBIDDEN,
                                "Insufficient privileges to complete the operation.")));
        return http.build();
    }

    /** Public resources: the sign-in page's assets and the API description. */
    @Bean
    @Order(2)
    SecurityFilterChain publicResources(HttpSecurity http) throws Exception {
        http.securityMatcher("/css/**", "/js/**", "/img/**", "/webjars/**", "/openapi.json", "/openapi.json/**", "/favicon.ico")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    /**
     * The admin center: signed-in sessions (a new session id at sign-in against fixation), CSRF tokens on every
     * form and htmx request, and a content security policy that allows only Allot's own scripts and styles.
     */
    @Bean
    @Order(3)
    SecurityFilterChain adminCenter(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/signin", "/error").permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/signin").loginProcessingUrl("/signin").defaultSuccessUrl("/", false)
                        .failureUrl("/signin?error").permitAll())
                .logout(l -> l.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                                + "frame-ancestors 'none'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
