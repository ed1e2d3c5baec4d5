package com.ordermanagement.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every request a correlation id — the caller's {@code X-Request-ID} when it is a sane token,
 * a new UUID otherwise — echoes it in the response, puts it in every log line of the request
 * ({@code request_id}), and writes one access-log line: method, route template, status, duration.
 * The route template (not the raw path) keeps customer ids and emails out of the access log.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-ID";
    public static final String MDC_KEY = "request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger access = LoggerFactory.getLogger("access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String supplied = request.getHeader(HEADER);
        String id = supplied != null && SANE.matcher(supplied).matches()
                ? supplied
                : UUID.randomUUID().toString();
        long started = System.nanoTime();
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (RateLimitExemptions.exempt(request.getRequestURI())) {
                // Probes and scrapes arrive every few seconds; their lines would drown the rest.
                access.debug("{} {} {} {}ms", request.getMethod(), route(request), response.getStatus(), millis);
            } else {
                access.info("{} {} {} {}ms", request.getMethod(), route(request), response.getStatus(), millis);
            }
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * A random version-4 UUID from a fast generator: correlation ids need to be unique, not
     * unguessable, and {@link UUID#randomUUID()}'s secure generator showed up in request profiles.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern != null ? pattern.toString() : "(unmatched)";
    }
}
