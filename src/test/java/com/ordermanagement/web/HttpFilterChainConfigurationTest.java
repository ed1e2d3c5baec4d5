package com.ordermanagement.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpFilterChainConfigurationTest {

    @Test
    void springSecuritySitsBetweenCorsAndTheRateLimit() throws java.io.IOException {
        String applicationYml =
                java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/application.yml"));

        assertThat(applicationYml).contains("order: " + HttpFilterChainConfiguration.SECURITY_FILTER_ORDER);
        assertThat(HttpFilterChainConfiguration.SECURITY_FILTER_ORDER)
                .isGreaterThan(HttpFilterChainConfiguration.orderOf(2))
                .isLessThan(HttpFilterChainConfiguration.orderOf(3));
    }
}
