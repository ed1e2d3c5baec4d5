package com.ordermanagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.ConsoleLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Token settings switch authentication on; without them the service says loudly that it is open. */
@ExtendWith(OutputCaptureExtension.class)
class SecurityConfigurationTest {

    final SecurityConfiguration configuration = new SecurityConfiguration();

    @Test
    void runningOpenLogsALoudWarning(CapturedOutput output) {
        assertThat(configuration.authenticationSettings("", "", true).enabled()).isFalse();
        assertThat(ConsoleLines.of(output)).contains("AUTHENTICATION IS OFF");
    }

    @Test
    void eitherTokenSettingSwitchesAuthenticationOn() {
        var issuerOnly = configuration.authenticationSettings("https://issuer.example", "", true);
        var jwksOnly = configuration.authenticationSettings("", "https://issuer.example/keys", false);

        assertThat(issuerOnly.enabled()).isTrue();
        assertThat(jwksOnly.enabled()).isTrue();
        assertThat(jwksOnly.docsPublic()).isFalse();
    }
}
