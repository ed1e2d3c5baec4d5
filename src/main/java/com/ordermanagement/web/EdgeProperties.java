package com.ordermanagement.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What the service accepts at its edge: {@code TRUSTED_PROXIES} (CIDRs whose X-Forwarded-For is
 * believed), {@code MAX_REQUEST_SIZE} and {@code CORS_ALLOWED_ORIGINS} (none: no cross-origin access).
 */
@ConfigurationProperties("edge")
public record EdgeProperties(List<String> trustedProxies, DataSize maxRequestSize, List<String> corsAllowedOrigins) {

    public EdgeProperties {
        trustedProxies = trustedProxies == null
                ? List.of()
                : trustedProxies.stream().filter(s -> !s.isBlank()).toList();
        maxRequestSize = maxRequestSize != null ? maxRequestSize : DataSize.ofMegabytes(10);
        corsAllowedOrigins = corsAllowedOrigins == null
                ? List.of()
                : corsAllowedOrigins.stream()
                        .map(String::trim)
                        .filter(s -> !s.isBlank())
                        .toList();
    }
}
