package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.OrderManagementApplication;
import com.ordermanagement.common.InvalidSettingException;
import com.ordermanagement.cosmos.CosmosProperties;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
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
    void aCosmosBackedInstanceWithoutAuthenticationRefusesBeforeItConnects() throws Exception {
        try (ServerSocketChannel cosmos = ServerSocketChannel.open()) {
            cosmos.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            cosmos.configureBlocking(false);
            int port = ((InetSocketAddress) cosmos.getLocalAddress()).getPort();

            assertThatThrownBy(() -> start("--cosmos.endpoint=https://localhost:" + port + "/", "--cosmos.key=a2V5"))
                    .hasStackTraceContaining("Refusing to serve orders stored in Cosmos DB")
                    .hasStackTraceContaining("AUTH_DISABLED=true");
            assertThat(cosmos.accept())
                    .as("a connection made to the Cosmos endpoint")
                    .isNull();
        }
    }

    @Test
    void anIpAddressEndpointIsRefusedWithWhatToUseInstead() {
        assertThatThrownBy(() -> start("--cosmos.endpoint=https://127.0.0.1:9/", "--cosmos.key=a2V5"))
                .hasStackTraceContaining("COSMOS_ENDPOINT must name its host")
                .hasStackTraceContaining("use localhost");
    }

    @Test
    void settingsThatCannotWorkFailStartUpNamingTheSetting() {
        assertThatThrownBy(() -> start("--rate-limit.redis-url=http://user:hunter2@redis:6379"))
                .hasStackTraceContaining("REDIS_URL must be a redis://")
                .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("hunter2"));
        assertThat(settingOf(() -> start("--edge.cors-allowed-origins=https://shop.example.com/path")))
                .isEqualTo("CORS_ALLOWED_ORIGINS");
        assertThat(settingOf(() -> start("--edge.trusted-proxies=10.0.0.0/40"))).isEqualTo("TRUSTED_PROXIES");
        assertThat(settingOf(() -> start("--spring.security.oauth2.resourceserver.jwt.issuer-uri=issuer.example")))
                .isEqualTo("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
        assertThat(settingOf(() -> start("--cosmos.endpoint=localhost:8081", "--cosmos.key=a2V5")))
                .isEqualTo("COSMOS_ENDPOINT");
    }

    @Test
    void theFailureReportSaysWhatToCorrect() {
        InvalidSettingException invalid = new InvalidSettingException("REDIS_URL", "REDIS_URL must be a redis:// URL");

        var analysis = new InvalidSettingFailureAnalyzer().analyze(new IllegalStateException(invalid));

        assertThat(analysis.getDescription()).isEqualTo("REDIS_URL must be a redis:// URL");
        assertThat(analysis.getAction()).isEqualTo("Set REDIS_URL as the description says, and start again.");
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

    /** The setting named by the start-up failure of {@code start}. */
    private static String settingOf(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidSettingException invalid) {
                    return invalid.setting();
                }
            }
            throw e;
        }
        throw new AssertionError("start-up did not fail");
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
