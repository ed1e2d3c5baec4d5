package com.ordermanagement.web.security;

import com.ordermanagement.common.problem.Problems;
import com.ordermanagement.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The answers of RFC 6750 as RFC 9457 problems: 401 with {@code WWW-Authenticate: Bearer} (and
 * {@code error="invalid_token"} when a token was sent but not accepted, never saying which check
 * failed), 403 with {@code error="insufficient_scope"} and the scope the operation needs.
 */
public class BearerProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Set by the authorization rules: the scope the refused operation needed. */
    public static final String REQUIRED_SCOPE = BearerProblems.class.getName() + ".scope";

    private final ProblemWriter problems;

    public BearerProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                tokenSent
                        ? "Bearer error=\"invalid_token\", error_description=\"The access token is not valid\""
                        : "Bearer");
        problems.write(
                request,
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        tokenSent ? "/problems/invalid-token" : "/problems/authentication-required",
                        tokenSent ? "Invalid token" : "Authentication required",
                        tokenSent
                                ? "The access token is not valid"
                                : "This API needs a bearer token (Authorization: Bearer …)"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Object scope = request.getAttribute(REQUIRED_SCOPE);
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                "Bearer error=\"insufficient_scope\"" + (scope != null ? ", scope=\"" + scope + "\"" : ""));
        problems.write(
                request,
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "/problems/insufficient-scope",
                        "Insufficient scope",
                        scope != null
                                ? "The access token lacks the scope " + scope
                                : "The access token does not allow this request"));
    }
}
