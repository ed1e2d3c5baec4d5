package com.ordermanagement.web;

import com.ordermanagement.web.filter.ClientAddress;
import com.ordermanagement.web.filter.CorrelationFilter;
import com.ordermanagement.web.filter.JsonBodyFilter;
import com.ordermanagement.web.filter.RequestSizeFilter;
import com.ordermanagement.web.filter.SecurityHeadersFilter;
import com.ordermanagement.web.filter.WholeResponseFilter;
import com.ordermanagement.web.ratelimit.ClientBuckets;
import com.ordermanagement.web.ratelimit.LocalClientBuckets;
import com.ordermanagement.web.ratelimit.RateLimitFilter;
import com.ordermanagement.web.ratelimit.RateLimitProperties;
import com.ordermanagement.web.ratelimit.RateLimiterHealthIndicator;
import com.ordermanagement.web.ratelimit.RedisClientBuckets;
import com.ordermanagement.web.ratelimit.SharedOrLocalBuckets;
import com.ordermanagement.web.security.SecurityConfiguration;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.UrlHandlerFilter;

/**
 * The servlet filters every request passes, in the order they run:
 *
 * <ol>
 *   <li>whole responses — early flushes ignored, so that a small answer leaves in one write with a
 *       {@code Content-Length};
 *   <li>correlation id and access log — first, so that every log line of the request carries the id;
 *   <li>security headers — first, so that every answer carries them, refusals included;
 *   <li>CORS — only origins from {@code CORS_ALLOWED_ORIGINS}; preflights end here, without a token;
 *   <li>Spring Security ({@code spring.security.filter.order}, see {@link #SECURITY_FILTER_ORDER}) —
 *       bearer tokens and scopes, see {@link SecurityConfiguration};
 *   <li>rate limit — per token subject, or per client address without a token, before any work is
 *       done for the client;
 *   <li>body size — {@code MAX_REQUEST_SIZE}, declared or streamed;
 *   <li>JSON bodies only — 415 for anything else;
 *   <li>trailing slash — {@code /api/v1/orders/} is routed as {@code /api/v1/orders}.
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class HttpFilterChainConfiguration {

    static final List<String> EXPOSED_HEADERS = List.of(
            "ETag",
            "Location",
            "Retry-After",
            "RateLimit-Limit",
            "RateLimit-Remaining",
            "RateLimit-Reset",
            "Idempotent-Replayed",
            "X-Request-ID");

    @Bean
    FilterRegistrationBean<WholeResponseFilter> wholeResponseFilter() {
        FilterRegistrationBean<WholeResponseFilter> registration =
                register(new WholeResponseFilter(), 0, DispatcherType.REQUEST);
        registration.setOrder(orderOf(0) - 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter(ClientAddress clientAddress) {
        return register(new CorrelationFilter(clientAddress), 0, DispatcherType.REQUEST);
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        return register(new SecurityHeadersFilter(), 1, DispatcherType.REQUEST, DispatcherType.ERROR);
    }

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(EdgeProperties edge) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!edge.corsAllowedOrigins().isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(edge.corsAllowedOrigins());
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(
                    List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-ID"));
            cors.setExposedHeaders(EXPOSED_HEADERS);
            cors.setMaxAge(600L);
            source.registerCorsConfiguration("/**", cors);
        }
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new com.ordermanagement.web.filter.ProblemCorsProcessor());
        return register(filter, 2, DispatcherType.REQUEST);
    }

    /** Who the client is, resolved through TRUSTED_PROXIES: one rule for rate limits and access logs. */
    @Bean
    ClientAddress clientAddress(EdgeProperties edge) {
        return new ClientAddress(edge.trustedProxies());
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(
            RateLimitProperties limits,
            ClientBuckets buckets,
            ClientAddress clientAddress,
            ProblemWriter problems,
            MeterRegistry meters) {
        Counter rejections = Counter.builder("http.rate_limit.rejections")
                .description("Requests refused with 429 by the per-client rate limit")
                .register(meters);
        RateLimitFilter filter = new RateLimitFilter(
                buckets,
                clientAddress,
                limits.requestsPerMinute(),
                com.ordermanagement.web.filter.RateLimitExemptions::exempt,
                problems,
                rejections::increment);
        FilterRegistrationBean<RateLimitFilter> registration = register(filter, 3, DispatcherType.REQUEST);
        registration.setEnabled(limits.enabled());
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeFilter> requestSizeFilter(EdgeProperties edge, ProblemWriter problems) {
        return register(new RequestSizeFilter(edge.maxRequestSize().toBytes(), problems), 4, DispatcherType.REQUEST);
    }

    @Bean
    FilterRegistrationBean<JsonBodyFilter> jsonBodyFilter(ProblemWriter problems) {
        return register(new JsonBodyFilter(problems), 5, DispatcherType.REQUEST);
    }

    /**
     * The Python service's clients call {@code /api/v1/orders/} with a trailing slash; Spring no
     * longer matches it to {@code /api/v1/orders}, so the slash is dropped before routing.
     */
    @Bean
    FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
        return register(
                UrlHandlerFilter.trailingSlashHandler("/api/**").wrapRequest().build(), 6, DispatcherType.REQUEST);
    }

    @Bean
    TimeMeter rateLimitClock() {
        return TimeMeter.SYSTEM_NANOTIME;
    }

    /** Closed with the context (Spring infers {@code close()}): the shared buckets own a Redis client. */
    @Bean
    ClientBuckets clientBuckets(RateLimitProperties limits, TimeMeter rateLimitClock) {
        LocalClientBuckets local =
                new LocalClientBuckets(limits.requestsPerMinute(), limits.maxTrackedClients(), rateLimitClock);
        if (!limits.shared()) {
            return local;
        }
        return new SharedOrLocalBuckets(
                () -> new RedisClientBuckets(limits.redisUrl(), limits.requestsPerMinute(), limits.redisTimeout()),
                local,
                rateLimitClock);
    }

    @Bean("rateLimiter")
    RateLimiterHealthIndicator rateLimiterHealth(RateLimitProperties limits, ClientBuckets buckets) {
        return new RateLimiterHealthIndicator(limits, buckets);
    }

    /** The servlet filter order of the filter at {@code position} in the list above. */
    static int orderOf(int position) {
        return Ordered.HIGHEST_PRECEDENCE + 10 + position * 10;
    }

    /**
     * Spring Security's place, between CORS (position 2) and the rate limit (position 3): set as
     * {@code spring.security.filter.order} in application.yml, which must hold this number.
     */
    static final int SECURITY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10 + 25;

    private static <F extends Filter> FilterRegistrationBean<F> register(
            F filter, int position, DispatcherType... types) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(orderOf(position));
        registration.setDispatcherTypes(types[0], java.util.Arrays.copyOfRange(types, 1, types.length));
        return registration;
    }
}
