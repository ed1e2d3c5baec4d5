package com.ordermanagement.web.security;

import com.ordermanagement.common.security.Caller;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Authorization rules for a request: a scope the token must carry, optionally combined with what a
 * customer-bound token may do. A refusal for a missing scope names the scope (RFC 6750
 * {@code insufficient_scope}).
 */
public final class ScopeAuthorization {

    private ScopeAuthorization() {}

    /** The token carries {@code scope}. */
    public static AuthorizationManager<RequestAuthorizationContext> scope(String scope) {
        return (authentication, context) -> decide(authentication, context, scope, true);
    }

    /** The token carries {@code scope} and is not bound to a customer (which may see only its own figures). */
    public static AuthorizationManager<RequestAuthorizationContext> scopeForUnboundCallers(String scope) {
        return (authentication, context) -> decide(
                authentication,
                context,
                scope,
                Caller.boundCustomer(authentication.get()).isEmpty());
    }

    /** The token carries {@code scope}; a customer-bound token only for its own customer in {@code variable}. */
    public static AuthorizationManager<RequestAuthorizationContext> scopeForOwnCustomer(String scope, String variable) {
        return (authentication, context) -> {
            boolean own = Caller.boundCustomer(authentication.get())
                    .map(bound -> bound.equals(context.getVariables().get(variable)))
                    .orElse(true);
            return decide(authentication, context, scope, own);
        };
    }

    private static AuthorizationDecision decide(
            Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context,
            String scope,
            boolean otherwiseAllowed) {
        Authentication caller = authentication.get();
        boolean hasScope = caller instanceof JwtAuthenticationToken
                && caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(TokenAuthorities.PREFIX.concat(scope)::equals);
        if (!hasScope) {
            context.getRequest().setAttribute(BearerProblems.REQUIRED_SCOPE, scope);
        }
        return new AuthorizationDecision(hasScope && otherwiseAllowed);
    }
}
