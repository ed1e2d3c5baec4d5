package com.ordermanagement.web.security;

import com.ordermanagement.common.security.Caller;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A token that names a customer ({@code customer_id}) names one: a non-blank string. Any other value
 * would leave the token bound to nobody, which is what staff and service tokens are, so it is refused
 * as an invalid token rather than read as unbound.
 */
public class CustomerClaimValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error MALFORMED = new OAuth2Error(
            OAuth2ErrorCodes.INVALID_TOKEN, "The " + Caller.CUSTOMER_CLAIM + " claim must be a customer id", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        if (!token.hasClaim(Caller.CUSTOMER_CLAIM)) {
            return OAuth2TokenValidatorResult.success();
        }
        Object customer = token.getClaims().get(Caller.CUSTOMER_CLAIM);
        return customer instanceof String id && !id.isBlank()
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(MALFORMED);
    }
}
