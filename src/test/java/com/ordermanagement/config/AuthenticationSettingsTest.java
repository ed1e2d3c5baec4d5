package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.support.ConsoleLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** Secure by default: orders in Cosmos DB are never served without authentication unless that is said. */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationSettingsTest {

    final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void aCosmosBackedInstanceWithoutTokenSettingsRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> check(WebApplicationType.SERVLET, COSMOS_ENDPOINT, COSMOS_KEY))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI")
                .hasMessageContaining("AUTH_DISABLED=true");
    }

    @Test
    void theExplicitOptOutOrATokenSettingOrServingNoHttpLetsItStart() {
        check(WebApplicationType.SERVLET, COSMOS_ENDPOINT, COSMOS_KEY, "auth.disabled=true");
        check(
                WebApplicationType.SERVLET,
                COSMOS_ENDPOINT,
                COSMOS_KEY,
                StartupSettings.JWT + "issuer-uri=https://id.example");
        check(
                WebApplicationType.SERVLET,
                COSMOS_ENDPOINT,
                COSMOS_KEY,
                StartupSettings.JWT + "jwk-set-uri=https://id.example/keys");
        check(WebApplicationType.NONE, COSMOS_ENDPOINT, COSMOS_KEY);
        check(WebApplicationType.SERVLET);
    }

    @Test
    void runningOpenLogsALoudWarning(CapturedOutput output) {
        assertThat(configuration.authenticationSettings("", "", "", true).enabled())
                .isFalse();
        assertThat(ConsoleLines.of(output)).contains("AUTHENTICATION IS OFF");
    }

    @Test
    void eitherTokenSettingSwitchesAuthenticationOn() {
        var issuerOnly = configuration.authenticationSettings("https://issuer.example", "", "api", true);
        var jwksOnly = configuration.authenticationSettings("", "https://issuer.example/keys", "", false);

        assertThat(issuerOnly.enabled()).isTrue();
        assertThat(issuerOnly.audiences()).containsExactly("api");
        assertThat(jwksOnly.enabled()).isTrue();
        assertThat(jwksOnly.docsPublic()).isFalse();
    }

    static final String COSMOS_ENDPOINT = "cosmos.endpoint=https://example.documents.azure.com:443/";
    static final String COSMOS_KEY = "cosmos.key=a2V5";

    /** Runs the start-up check on these settings, as Spring Boot would before creating any bean. */
    static void check(WebApplicationType type, String... settings) {
        MockEnvironment environment = new MockEnvironment();
        for (String setting : settings) {
            String[] pair = setting.split("=", 2);
            environment.setProperty(pair[0], pair[1]);
        }
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(type);
        new StartupSettings().postProcessEnvironment(environment, application);
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
