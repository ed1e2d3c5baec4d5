package com.ordermanagement.web.security;

import com.ordermanagement.web.ProblemWriter;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Who may call what. With {@code SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI} and/or
 * {@code …_JWK_SET_URI} set, the service is an OAuth 2.0 resource server, its token decoder the one
 * Spring Boot makes from those properties: every API call needs a JWT bearer token signed with RS256
 * or ES256 (never {@code none} or HMAC), from the issuer, for the audience, within its validity (30 s
 * of clock skew), with the scope of the operation. Without them
 * the service runs open: allowed for the in-memory store (with a loud warning), refused at start-up
 * for Cosmos DB unless {@code AUTH_DISABLED=true} says so.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /**
     * Paths anyone may call: service information, health and probes, and the dashboard's page and
     * files (the figures it shows come from the analytics API, which needs a token).
     */
    static final String[] PUBLIC = {
        "/",
        "/health",
        "/api/v1/health",
        "/api/v1/health/**",
        "/livez",
        "/readyz",
        "/actuator/**",
        "/error",
        "/dashboard",
        "/dashboard/**",
        "/webjars/echarts/**"
    };

    /** The documentation pages and the OpenAPI document; public unless DOCS_PUBLIC=false. */
    static final String[] DOCS = {
        "/docs",
        "/docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/redoc",
        "/webjars/**",
        "/v3/api-docs/**",
        "/v3/api-docs",
        "/openapi.json",
        "/api/v1/openapi.json",
        "/favicon.ico"
    };

    @Bean
    AuthenticationSettings authenticationSettings(
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri:}") String issuer,
            @Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri:}") String jwkSetUri,
            @Value("${docs.public:true}") boolean docsPublic) {
        AuthenticationSettings settings = new AuthenticationSettings(issuer.trim(), jwkSetUri.trim(), docsPublic);
        // StartupSettings has refused a Cosmos-backed instance without tokens unless AUTH_DISABLED says so.
        if (!settings.enabled()) {
            log.warn("AUTHENTICATION IS OFF: anyone who can reach this port can read, change and delete every"
                    + " order. Set SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI or _JWK_SET_URI to require"
                    + " bearer tokens.");
        }
        return settings;
    }

    /**
     * Spring Security would observe every request's walk through its filter chain: two observations
     * and an event for each filter, each event looking up a counter by its tags. That was 12 % of the
     * CPU of a GET and a third of what it allocated (bench/results/performance-notes-issue-18.md,
     * "Observations"), for figures {@code http.server.requests} already gives: every request timed, by
     * route and status. Authentication and authorization stay observed. Kept over Boot's default because the default
     * cost more than 5 %: with request observation on, a GET allocated 1.52 × and a POST 1.30 × the
     * bytes, and GET served 0.64 × the requests ({@code bench/compare.sh}, 2026-12-07,
     * bench/results/compare-before.jar_d808fa8_0149696_16a6372.md, column D).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .build();
    }

    /** No user accounts: the service trusts tokens only (and keeps Spring Boot from making a password). */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    BearerProblems bearerProblems(ProblemWriter problems) {
        return new BearerProblems(problems);
    }

    /** Requests Spring Security's firewall refuses are answered as every other refusal. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(
                request,
                response,
                com.ordermanagement.common.problem.Problems.of(
                        org.springframework.http.HttpStatus.BAD_REQUEST,
                        null,
                        null,
                        com.ordermanagement.common.problem.Problems.genericDetail(
                                org.springframework.http.HttpStatus.BAD_REQUEST)));
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, AuthenticationSettings settings, BearerProblems bearerProblems) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .cors(cors -> cors.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> {})
                .exceptionHandling(errors ->
                        errors.authenticationEntryPoint(bearerProblems).accessDeniedHandler(bearerProblems));
        if (!settings.enabled()) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            return http.build();
        }
        http.authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                            .permitAll()
                            .requestMatchers(HttpMethod.OPTIONS)
                            .permitAll()
                            .requestMatchers(PUBLIC)
                            .permitAll();
                    if (settings.docsPublic()) {
                        requests.requestMatchers(DOCS).permitAll();
                    }
                    requests.requestMatchers(HttpMethod.GET, "/api/v1/orders", "/api/v1/orders/**")
                            .access(ScopeAuthorization.scope("orders:read"))
                            .requestMatchers("/api/v1/orders", "/api/v1/orders/**")
                            .access(ScopeAuthorization.scope("orders:write"))
                            .requestMatchers(HttpMethod.GET, "/api/v1/analytics/customers/{customer_id}")
                            .access(ScopeAuthorization.scopeForOwnCustomer("analytics:read", "customer_id"))
                            .requestMatchers("/api/v1/analytics/**")
                            .access(ScopeAuthorization.scopeForUnboundCallers("analytics:read"))
                            .anyRequest()
                            .authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication()))
                        .authenticationEntryPoint(bearerProblems)
                        .accessDeniedHandler(bearerProblems))
                .addFilterAfter(new TokenSubjectFilter(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Checked on every token beside what Spring Boot checks from its properties (signature from the
     * JWK set with {@code jws-algorithms} RS256 or ES256 only, issuer, audiences): expiry and
     * not-before with 30 s of clock skew, an expiry that must be there, and the token type.
     */
    @Bean
    JwtTimestampValidator tokenLifetime() {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(CLOCK_SKEW);
        lifetime.setAllowEmptyExpiryClaim(false);
        return lifetime;
    }

    /**
     * A plain JWT or an RFC 9068 access token ({@code at+jwt}, which Entra ID, Auth0 and Duende issue);
     * Spring Security's default would accept only {@code JWT}.
     */
    @Bean
    JwtTypeValidator tokenType() {
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        return type;
    }

    @Bean
    CustomerClaimValidator customerClaim() {
        return new CustomerClaimValidator();
    }

    static JwtAuthenticationConverter authentication() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new TokenAuthorities());
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    /** The authentication settings as the service understood them. */
    public record AuthenticationSettings(String issuer, String jwkSetUri, boolean docsPublic) {

        public boolean enabled() {
            return !issuer.isEmpty() || !jwkSetUri.isEmpty();
        }
    }
}
