package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.common.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.mock.env.MockEnvironment;

/** Secure by default: orders in Cosmos DB are never served without authentication unless that is said. */
class AuthenticationSettingsTest {

    @Test
    void aCosmosBackedInstanceWithoutTokenSettingsRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> check(WebApplicationType.SERVLET, COSMOS_ENDPOINT, COSMOS_KEY))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI")
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI")
                .hasMessageContaining("AUTH_DISABLED=true");
    }

    @Test
    void onlyPublicKeySignatureAlgorithmsAreAccepted() {
        check(WebApplicationType.SERVLET, StartupSettings.JWT + "jws-algorithms=RS256, ES256,PS512");
        for (String unsafe : new String[] {"HS256", "none", "RS256,HS512"}) {
            assertThatThrownBy(
                            () -> check(WebApplicationType.SERVLET, StartupSettings.JWT + "jws-algorithms=" + unsafe))
                    .as(unsafe)
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWS_ALGORITHMS")
                    .hasMessageContaining("not a public-key signature algorithm");
        }
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
}
