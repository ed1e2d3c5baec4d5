package com.ordermanagement.security;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.OrderManagementApplication;
import com.ordermanagement.support.Api;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Interoperability with a real issuer: Spring Authorization Server runs here as a second application,
 * a client gets a token from it with the client-credentials grant, and the service, configured only
 * with the issuer's URL (keys by discovery) and the audience, accepts it for the scopes it carries.
 */
class AuthorizationServerEndToEndTest {

    static final String CLIENT = "reporting-job";
    static final String SECRET = "s3cret-for-tests";

    static ConfigurableApplicationContext authorizationServer;
    static ConfigurableApplicationContext service;
    static String issuer;
    static Api api;

    /**
     * An authorization server and nothing else: its clients come from properties. A plain
     * {@code @Configuration}, so that the other tests' search for the application's
     * {@code @SpringBootConfiguration} never finds this one instead.
     */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class AuthorizationServer {}

    @BeforeAll
    static void start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        issuer = "http://127.0.0.1:" + port;
        String client = "--spring.security.oauth2.authorizationserver.client.reporting.registration.";
        authorizationServer = new SpringApplicationBuilder(AuthorizationServer.class)
                .run(
                        "--server.port=" + port,
                        // This application reads the service's application.yml too; it has no order store.
                        "--management.endpoint.health.group.readiness.include=readinessState",
                        "--management.endpoint.health.group.basic.include=ping",
                        "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                        client + "client-id=" + CLIENT,
                        client + "client-secret={noop}" + SECRET,
                        client + "client-authentication-methods=client_secret_basic",
                        client + "authorization-grant-types=client_credentials",
                        client + "scopes=orders:read,orders:write");
        service = new SpringApplicationBuilder(OrderManagementApplication.class)
                .run(
                        "--server.port=0",
                        "--rate-limit.enabled=false",
                        "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                        "--spring.security.oauth2.resourceserver.jwt.audiences=" + CLIENT);
        api = new Api(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (authorizationServer != null) {
            authorizationServer.close();
        }
    }

    @Test
    void aClientCredentialsTokenFromTheIssuerIsAcceptedForItsScopes() throws Exception {
        String token = clientCredentialsToken("orders:read orders:write");

        Api.Response created = api.post("/api/v1/orders", order("e2e-customer", 1, "4.20"), bearer(token));
        Api.Response read = api.get(
                "/api/v1/orders/" + created.json().get("id").asString() + "?customer_id=e2e-customer", bearer(token));
        Api.Response analytics = api.get("/api/v1/analytics/summary", bearer(token));
        Api.Response tampered = api.get("/api/v1/orders", bearer(token.substring(0, token.length() - 4) + "AAAA"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("total_amount").decimalValue()).isEqualByComparingTo("4.20");
        assertThat(analytics.status()).as("analytics:read was not granted").isEqualTo(403);
        assertThat(tampered.status()).isEqualTo(401);
    }

    @Test
    void aTokenWithFewerScopesIsRefusedWhatItLacks() throws Exception {
        String readOnly = clientCredentialsToken("orders:read");

        assertThat(api.get("/api/v1/orders", bearer(readOnly)).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/orders", order("e2e-customer", 1, "1.00"), bearer(readOnly))
                        .status())
                .isEqualTo(403);
    }

    private static String clientCredentialsToken(String scopes) throws Exception {
        String basic = Base64.getEncoder().encodeToString((CLIENT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                                        + java.net.URLEncoder.encode(scopes, StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Api.parse(response.body()).get("access_token").asText();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
