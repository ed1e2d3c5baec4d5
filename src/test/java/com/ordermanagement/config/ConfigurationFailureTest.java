package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.OrderManagementApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Bad Cosmos settings stop the service at start-up with a message that says what to fix. */
class ConfigurationFailureTest {

    @Test
    void aMalformedEndpointFailsStartUp() {
        assertThatThrownBy(() -> start("--cosmos.endpoint=localhost:8081", "--cosmos.key=secret-key-value"))
                .hasStackTraceContaining("COSMOS_ENDPOINT must be an https URL")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("secret-key-value"));
    }

    @Test
    void anEndpointWithoutAKeyFailsStartUp() {
        assertThatThrownBy(() -> start("--cosmos.endpoint=https://example.documents.azure.com:443/"))
                .hasStackTraceContaining("COSMOS_KEY is not");
    }

    @Test
    void aKeyWithoutAnEndpointFailsStartUp() {
        assertThatThrownBy(() -> start("--cosmos.key=secret-key-value"))
                .hasStackTraceContaining("COSMOS_KEY is set but COSMOS_ENDPOINT is not");
    }

    @Test
    void anUnknownLogFormatFailsStartUp() {
        assertThatThrownBy(() -> start("--log-format=xml"))
                .hasStackTraceContaining("LOG_FORMAT must be 'json' or 'text'");
    }

    @Test
    void propertiesDefaultToThePythonServiceLayout() {
        CosmosProperties defaults = new CosmosProperties(null, null, null, null, null);

        assertThat(defaults.database()).isEqualTo("OrderManagement");
        assertThat(defaults.container()).isEqualTo("Orders");
        assertThat(defaults.connectionMode()).isEqualTo(CosmosProperties.ConnectionMode.DIRECT);
        assertThat(defaults.configured()).isFalse();
    }

    private static void start(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        new SpringApplicationBuilder(OrderManagementApplication.class).run(all).close();
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
