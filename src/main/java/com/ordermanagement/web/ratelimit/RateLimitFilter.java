package com.ordermanagement.web.ratelimit;

import com.ordermanagement.common.problem.Problems;
import com.ordermanagement.common.security.Caller;
import com.ordermanagement.web.ProblemWriter;
import com.ordermanagement.web.filter.ClientAddress;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Allows each client {@code RATE_LIMIT_REQUESTS_PER_MINUTE} requests a minute and tells it where it
 * stands with {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; over
 * the limit it answers 429 with {@code Retry-After}. Probes, metrics and docs are never limited.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final ClientBuckets buckets;
    private final ClientAddress clients;
    private final int limit;
    private final Predicate<String> exempt;
    private final ProblemWriter problems;
    private final Runnable onRejected;

    public RateLimitFilter(
            ClientBuckets buckets,
            ClientAddress clients,
            int limit,
            Predicate<String> exempt,
            ProblemWriter problems,
            Runnable onRejected) {
        this.buckets = buckets;
        this.clients = clients;
        this.limit = limit;
        this.exempt = exempt;
        this.problems = problems;
        this.onRejected = onRejected;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return exempt.test(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // A token's subject is the client wherever it calls from; without a token, the address is.
        ConsumptionProbe probe = buckets.tryConsume(Caller.subject()
                .map(subject -> "sub:" + subject)
                .orElseGet(() -> ClientAddress.bucketOf(clients.of(request))));
        response.setHeader("RateLimit-Limit", Integer.toString(limit));
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        response.setHeader("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        onRejected.run();
        long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        ProblemDetail problem = Problems.of(
                HttpStatus.TOO_MANY_REQUESTS,
                "/problems/rate-limited",
                "Too many requests",
                "This client sent more than " + limit + " requests in a minute; retry after " + retryAfter + " s");
        problems.write(request, response, problem);
    }

    private static long seconds(long nanos) {
        return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
    }
}
