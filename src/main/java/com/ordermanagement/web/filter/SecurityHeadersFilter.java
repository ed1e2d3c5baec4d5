package com.ordermanagement.web.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser protections on every response, errors included (they are set before anything else runs).
 * The API gets a policy that allows nothing; the documentation pages may load their own scripts,
 * styles and workers from this origin only, so they work offline and without a CDN.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String DOCS_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self';"
            + " frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** The dashboard runs only its own files: no inline script or style, no eval, no other origin. */
    static final String DASHBOARD_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none';"
            + " form-action 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        apply(response, DocsPaths.matches(path));
        if (DocsPaths.isDashboard(path)) {
            response.setHeader("Content-Security-Policy", DASHBOARD_POLICY);
        }
        chain.doFilter(request, response);
    }

    /** The headers every answer carries; also used where the container answers before any filter runs. */
    public static void apply(HttpServletResponse response, boolean docs) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // OWASP: the legacy XSS auditor is removed from browsers and could be abused; switch it off explicitly.
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(
                "Permissions-Policy",
                "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(),"
                        + " payment=(), usb=(), interest-cohort=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", docs ? DOCS_POLICY : API_POLICY);
        if (!docs) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
