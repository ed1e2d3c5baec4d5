package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.support.ConsoleLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Secure by default: orders in Cosmos DB are never served without authentication unless that is said. */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationSettingsTest {

    static final CosmosProperties COSMOS =
            new CosmosProperties("https://example.documents.azure.com:443/", "a2V5", "OrderManagement", "Orders", null);
    static final CosmosProperties EMBEDDED = new CosmosProperties(null, null, null, null, null);

    final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void aCosmosBackedInstanceWithoutTokenSettingsRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> configuration.authenticationSettings("", "", "", false, true, COSMOS))
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI")
                .hasMessageContaining("AUTH_DISABLED=true");
    }

    @Test
    void theExplicitOptOutLetsItStartOpenWithALoudWarning(CapturedOutput output) {
        var settings = configuration.authenticationSettings("", "", "", true, true, COSMOS);

        assertThat(settings.enabled()).isFalse();
        assertThat(ConsoleLines.of(output)).contains("AUTHENTICATION IS OFF");
    }

    @Test
    void theEmbeddedStoreRunsOpenForDevelopmentWithAWarning(CapturedOutput output) {
        assertThat(configuration
                        .authenticationSettings("", "", "", false, true, EMBEDDED)
                        .enabled())
                .isFalse();
        assertThat(ConsoleLines.of(output)).contains("AUTHENTICATION IS OFF");
    }

    @Test
    void eitherTokenSettingSwitchesAuthenticationOn() {
        var issuerOnly = configuration.authenticationSettings("https://issuer.example", "", "api", false, true, COSMOS);
        var jwksOnly =
                configuration.authenticationSettings("", "https://issuer.example/keys", "", false, false, COSMOS);

        assertThat(issuerOnly.enabled()).isTrue();
        assertThat(issuerOnly.audiences()).containsExactly("api");
        assertThat(jwksOnly.enabled()).isTrue();
        assertThat(jwksOnly.docsPublic()).isFalse();
    }

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
