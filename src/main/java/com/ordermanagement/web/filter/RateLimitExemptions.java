package com.ordermanagement.web.filter;

/** Paths no client is throttled on: probes, metrics scraping and the documentation. */
public final class RateLimitExemptions {

    private RateLimitExemptions() {}

    public static boolean exempt(String path) {
        return DocsPaths.matches(path)
                || DocsPaths.isDashboard(path)
                || path.equals("/health")
                || path.startsWith("/api/v1/health/")
                || path.startsWith("/actuator/");
    }
}
