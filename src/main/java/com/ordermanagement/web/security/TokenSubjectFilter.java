package com.ordermanagement.web.security;

import com.ordermanagement.common.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers on the request who the token's subject is, once the token is checked, for those that run
 * outside Spring Security's context (the access log writes after it is cleared). Never the token.
 */
public class TokenSubjectFilter extends OncePerRequestFilter {

    public static final String SUBJECT = TokenSubjectFilter.class.getName() + ".subject";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller.subject().ifPresent(subject -> request.setAttribute(SUBJECT, subject));
        chain.doFilter(request, response);
    }
}
