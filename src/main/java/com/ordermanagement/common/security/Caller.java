package com.ordermanagement.common.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as far as a feature needs to know: the token's subject, and the customer a
 * customer-facing token is bound to (its {@code customer_id} claim). Without authentication (the
 * open development mode) nobody is bound.
 */
public final class Caller {

    /** The claim that binds a token to one customer. */
    public static final String CUSTOMER_CLAIM = "customer_id";

    private Caller() {}

    /** The customer this request may act for only, when its token is bound to one. */
    public static Optional<String> boundCustomer() {
        return boundCustomer(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The customer {@code authentication}'s token is bound to, if any. */
    public static Optional<String> boundCustomer(Authentication authentication) {
        return jwt(authentication)
                .map(token -> token.getToken().getClaimAsString(CUSTOMER_CLAIM))
                .filter(customer -> !customer.isBlank());
    }

    /** The token's subject ({@code sub}, else the client: {@code azp} or {@code client_id}). */
    public static Optional<String> subject() {
        return jwt(SecurityContextHolder.getContext().getAuthentication()).map(token -> {
            var claims = token.getToken();
            for (String claim : new String[] {"sub", "azp", "client_id"}) {
                String value = claims.getClaimAsString(claim);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        });
    }

    private static Optional<JwtAuthenticationToken> jwt(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token ? Optional.of(token) : Optional.empty();
    }
}
