package com.ordermanagement.web.filter;

import com.ordermanagement.common.concurrent.RequestStart;
import com.ordermanagement.web.LogSafe;
import com.ordermanagement.web.security.TokenSubjectFilter;
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
 * Gives every request our own correlation id ({@code request_id} in every log line of the request).
 * A caller's {@code X-Request-ID} is kept only when it is a sane token: then it is echoed in the
 * response and logged as {@code client_request_id} beside ours (a client may reuse or forge ids, so
 * it never replaces ours); otherwise our id is echoed. Writes one access-log line: method, route
 * template, status, duration and the client address as resolved through trusted proxies. The route
 * template (not the raw path) keeps customer ids and emails out of the access log.
 */
public class CorrelationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-ID";
    public static final String MDC_KEY = "request_id";
    public static final String CLIENT_MDC_KEY = "client_request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger access = LoggerFactory.getLogger("access");

    private final ClientAddress clients;

    public CorrelationFilter(ClientAddress clients) {
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String supplied = request.getHeader(HEADER);
        boolean sane = supplied != null && SANE.matcher(supplied).matches();
        String id = newId();
        long started = System.nanoTime();
        RequestStart.mark(started);
        MDC.put(MDC_KEY, id);
        if (sane) {
            MDC.put(CLIENT_MDC_KEY, supplied);
        }
        response.setHeader(HEADER, sane ? supplied : id);
        try {
            chain.doFilter(request, response);
        } finally {
            logAccess(request, response, System.nanoTime() - started);
            MDC.remove(MDC_KEY);
            MDC.remove(CLIENT_MDC_KEY);
            RequestStart.clear();
        }
    }

    /**
     * One line per request; the line is built only when its level is on. In JSON logs the event also
     * carries the ECS fields log tools index (http.request.method, url.path as the route template,
     * http.response.status_code, event.duration in nanoseconds, client.address).
     */
    private void logAccess(HttpServletRequest request, HttpServletResponse response, long nanos) {
        // Probes and scrapes arrive every few seconds; their lines would drown the rest.
        boolean routine = RateLimitExemptions.exempt(request.getRequestURI());
        if (routine ? !access.isDebugEnabled() : !access.isInfoEnabled()) {
            return;
        }
        String route = route(request);
        String client = clients.of(request);
        String line = request.getMethod() + " " + route + " " + response.getStatus() + " " + nanos / 1_000_000
                + "ms client=" + client + writer(request);
        (routine ? access.atDebug() : access.atInfo())
                .addKeyValue("http.request.method", request.getMethod())
                .addKeyValue("url.path", route)
                .addKeyValue("http.response.status_code", response.getStatus())
                .addKeyValue("event.duration", nanos)
                .addKeyValue("client.address", client)
                .log(line);
    }

    /** Who changed what: the token's subject on every write, never the token itself. */
    private static String writer(HttpServletRequest request) {
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        return write && request.getAttribute(TokenSubjectFilter.SUBJECT) instanceof String subject
                ? " subject=" + LogSafe.of(subject)
                : "";
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
