package com.ordermanagement.web.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The scopes a token grants, wherever its issuer puts them: {@code scope} (OAuth 2.0, a space-separated
 * string), {@code scp} (Entra ID and Okta, string or array) and {@code roles} (Entra ID app roles for
 * daemon clients, an array). Each becomes the authority {@code SCOPE_<name>}.
 */
public class TokenAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    static final String PREFIX = "SCOPE_";

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String claim : new String[] {"scope", "scp", "roles"}) {
            Object value = jwt.getClaims().get(claim);
            if (value instanceof String text) {
                for (String scope : text.trim().split("\\s+")) {
                    add(authorities, scope);
                }
            } else if (value instanceof Collection<?> values) {
                values.forEach(scope -> add(authorities, String.valueOf(scope)));
            }
        }
        return authorities;
    }

    private static void add(List<GrantedAuthority> authorities, String scope) {
        if (!scope.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(PREFIX + scope));
        }
    }
}
