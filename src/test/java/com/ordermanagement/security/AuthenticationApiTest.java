package com.ordermanagement.security;

import static com.ordermanagement.support.Orders.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ConsoleLines;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service as an OAuth 2.0 resource server, over real HTTP with real signed tokens: keys made here,
 * their JWK set served over HTTP from here, every way a token can be wrong, every scope, and tokens
 * bound to one customer.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationApiTest extends HttpApiTest {

    static final TestTokens TOKENS = TestTokens.shared();
    static final String ALL = "orders:read orders:write analytics:read";

    @DynamicPropertySource
    static void tokenSettings(DynamicPropertyRegistry registry) {
        TOKENS.configure(registry);
    }

    @Test
    void withoutATokenTheApiIsA401ProblemWithTheBearerChallengeAndSecurityHeaders() {
        Api.Response refused = api.get("/api/v1/orders");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(refused.header("X-Request-ID")).isNotBlank();
    }

    @Test
    void aGoodTokenIsServed() {
        String token = TOKENS.token("reporting-job", ALL);

        Api.Response created = api.post("/api/v1/orders", order("auth-good", 1, "2.00"), bearer(token));
        Api.Response listed = api.get("/api/v1/orders?customer_id=auth-good", bearer(token));

        assertThat(created.status()).isEqualTo(201);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("total_count").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/analytics/summary", bearer(token)).status()).isEqualTo(200);
    }

    @Test
    void everyWayATokenCanBeWrongIsTheSame401WithoutAHint() {
        Instant now = Instant.now();
        Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put("unknown key", TOKENS.signedByAStranger(claims -> claims.claim("scope", ALL)));
        broken.put(
                "expired",
                TOKENS.rs256(claims -> claims.claim("scope", ALL)
                        .issueTime(Date.from(now.minus(Duration.ofHours(2))))
                        .notBeforeTime(Date.from(now.minus(Duration.ofHours(2))))
                        .expirationTime(Date.from(now.minus(Duration.ofMinutes(5))))));
        broken.put(
                "not yet valid",
                TOKENS.rs256(claims -> claims.claim("scope", ALL)
                        .notBeforeTime(Date.from(now.plus(Duration.ofMinutes(10))))
                        .expirationTime(Date.from(now.plus(Duration.ofMinutes(20))))));
        broken.put(
                "no expiry", TOKENS.rs256(claims -> claims.claim("scope", ALL).expirationTime(null)));
        broken.put(
                "wrong audience",
                TOKENS.rs256(claims -> claims.claim("scope", ALL).audience("api://someone-else")));
        broken.put(
                "wrong issuer",
                TOKENS.rs256(claims -> claims.claim("scope", ALL).issuer("https://evil.example")));
        broken.put("alg none", TOKENS.unsigned(claims -> claims.claim("scope", ALL)));
        broken.put("HMAC with the public key", TOKENS.hmacWithThePublicKey(claims -> claims.claim("scope", ALL)));
        broken.put("garbage", "not.a.token");
        broken.put(
                "blank customer claim",
                TOKENS.rs256(claims -> claims.claim("scope", ALL).claim("customer_id", " ")));
        broken.put(
                "customer claim not a string",
                TOKENS.rs256(claims -> claims.claim("scope", ALL).claim("customer_id", List.of("a", "b"))));
        broken.put("another token type", TOKENS.rs256OfType("id_token+jwt", claims -> claims.claim("scope", ALL)));

        broken.forEach((what, token) -> {
            Api.Response refused = api.get("/api/v1/orders", bearer(token));
            assertThat(refused.status()).as(what).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).as(what).startsWith("Bearer error=\"invalid_token\"");
            assertThat(refused.json().get("detail").asString()).as(what).isEqualTo("The access token is not valid");
        });
    }

    @Test
    void eachOperationNeedsItsScope() {
        String readOnly = TOKENS.token("reader", "orders:read");
        String writeOnly = TOKENS.token("writer", "orders:write");

        Api.Response listWithoutRead = api.get("/api/v1/orders", bearer(writeOnly));
        Api.Response createWithoutWrite = api.post("/api/v1/orders", order("auth-scope", 1, "1.00"), bearer(readOnly));
        Api.Response analyticsWithoutScope = api.get("/api/v1/analytics/summary", bearer(readOnly));

        assertThat(listWithoutRead.status()).isEqualTo(403);
        assertThat(listWithoutRead.header("WWW-Authenticate"))
                .isEqualTo("Bearer error=\"insufficient_scope\", scope=\"orders:read\"");
        assertThat(createWithoutWrite.status()).isEqualTo(403);
        assertThat(createWithoutWrite.header("WWW-Authenticate")).contains("scope=\"orders:write\"");
        assertThat(analyticsWithoutScope.status()).isEqualTo(403);
        assertThat(analyticsWithoutScope.header("WWW-Authenticate")).contains("scope=\"analytics:read\"");
        assertThat(analyticsWithoutScope.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/orders?customer_id=auth-scope", bearer(readOnly))
                        .json()
                        .get("total_count")
                        .asInt())
                .as("nothing was created")
                .isZero();
    }

    @Test
    void scopesAreReadFromScpAndEntraRolesAndEs256IsAccepted() {
        String scpArray = TOKENS.rs256(claims -> claims.claim("scp", List.of("orders:read")));
        String scpString = TOKENS.rs256(claims -> claims.claim("scp", "orders:read analytics:read"));
        String appRoles = TOKENS.rs256(claims -> claims.claim("roles", List.of("analytics:read")));
        String elliptic = TOKENS.es256(claims -> claims.claim("scope", "orders:read"));
        String accessTokenType = TOKENS.rs256OfType("at+jwt", claims -> claims.claim("scope", "orders:read"));
        String plainType = TOKENS.rs256OfType("JWT", claims -> claims.claim("scope", "orders:read"));

        assertThat(api.get("/api/v1/orders", bearer(scpArray)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/analytics/quick/today", bearer(scpString)).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/analytics/quick/today", bearer(appRoles)).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/orders", bearer(elliptic)).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/orders", bearer(accessTokenType)).status())
                .as("RFC 9068 at+jwt")
                .isEqualTo(200);
        assertThat(api.get("/api/v1/orders", bearer(plainType)).status()).isEqualTo(200);
    }

    @Test
    void aCustomerBoundTokenSeesAndChangesOnlyItsOwnOrders() {
        String mine = "bound-" + UUID.randomUUID();
        String theirs = "other-" + UUID.randomUUID();
        String admin = TOKENS.token("admin", ALL);
        String customer = TOKENS.rs256(claims -> claims.claim("scope", ALL).claim("customer_id", mine));
        String theirOrder = api.post("/api/v1/orders", order(theirs, 1, "9.00"), bearer(admin))
                .json()
                .get("id")
                .asString();
        Api.Response own = api.post("/api/v1/orders", order(mine, 1, "3.00"), bearer(customer));
        String theirNumber = api.get("/api/v1/orders/" + theirOrder + "?customer_id=" + theirs, bearer(admin))
                .json()
                .get("order_number")
                .asString();

        assertThat(own.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/orders", order(theirs, 1, "1.00"), bearer(customer))
                        .status())
                .as("create for someone else")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/orders?customer_id=" + theirs, bearer(customer))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/orders/customers/" + theirs + "/orders", bearer(customer))
                        .status())
                .isEqualTo(403);
        Api.Response myList = api.get("/api/v1/orders", bearer(customer));
        assertThat(myList.json().get("total_count").asInt())
                .as("an unfiltered list is its own")
                .isEqualTo(1);
        for (Api.Response hidden : List.of(
                api.get("/api/v1/orders/" + theirOrder, bearer(customer)),
                api.get("/api/v1/orders/" + theirOrder + "?customer_id=" + theirs, bearer(customer)),
                api.put(
                        "/api/v1/orders/" + theirOrder + "?customer_id=" + theirs,
                        "{\"notes\": \"x\"}",
                        bearer(customer)),
                api.post("/api/v1/orders/" + theirOrder + "/cancel", null, bearer(customer)),
                api.delete("/api/v1/orders/" + theirOrder, bearer(customer)),
                api.get("/api/v1/orders/number/" + theirNumber, bearer(customer)))) {
            assertThat(hidden.status())
                    .as("another customer's order does not exist for it")
                    .isEqualTo(404);
        }
        assertThat(api.get("/api/v1/orders/" + theirOrder + "?customer_id=" + theirs, bearer(admin))
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("pending");
        assertThat(api.get("/api/v1/analytics/customers/" + mine, bearer(customer))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/analytics/customers/" + theirs, bearer(customer))
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/analytics/summary", bearer(customer)).status())
                .isEqualTo(403);
    }

    @Test
    void anIdempotencyKeyBelongsToTheTokenSubjectThatSentIt() {
        String body = order("auth-idem", 1, "5.00");
        String key = "key-" + UUID.randomUUID();

        Api.Response first = createAs("client-a", body, key);
        Api.Response replay = createAs("client-a", body, key);
        Api.Response otherClient = createAs("client-b", body, key);

        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(otherClient.status()).isEqualTo(201);
        assertThat(otherClient.header("Idempotent-Replayed"))
                .as("another client's key is its own")
                .isEqualTo("false");
        assertThat(otherClient.json().get("id")).isNotEqualTo(first.json().get("id"));
    }

    @Test
    void healthProbesDocsAndServiceInformationNeedNoToken() {
        for (String path : List.of(
                "/", "/health", "/api/v1/health/ready", "/api/v1/health/live", "/livez", "/docs", "/openapi.json")) {
            assertThat(api.get(path).status()).as(path).isBetween(200, 399);
        }
    }

    @Test
    void theAccessLogNamesTheSubjectOfEveryWriteButNeverTheToken(CapturedOutput output) {
        String token = TOKENS.token("billing-service", ALL);

        api.post("/api/v1/orders", order("auth-log", 1, "1.00"), bearer(token));

        assertThat(ConsoleLines.of(output)).contains("subject=billing-service").doesNotContain(token);
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerSchemeAndEachOperationsScope() {
        var openApi = api.get("/openapi.json").json();

        assertThat(openApi.get("components")
                        .get("securitySchemes")
                        .get("bearer")
                        .get("scheme")
                        .asString())
                .isEqualTo("bearer");
        assertThat(requiredScope(openApi, "/api/v1/orders/{order_id}", "put")).isEqualTo("orders:write");
        assertThat(requiredScope(openApi, "/api/v1/orders/{order_id}", "get")).isEqualTo("orders:read");
        assertThat(requiredScope(openApi, "/api/v1/analytics/summary", "get")).isEqualTo("analytics:read");
    }

    private static String requiredScope(tools.jackson.databind.JsonNode openApi, String path, String method) {
        return openApi.get("paths")
                .get(path)
                .get(method)
                .get("security")
                .get(0)
                .get("bearer")
                .get(0)
                .asString();
    }

    private Api.Response createAs(String subject, String body, String idempotencyKey) {
        return api.post(
                "/api/v1/orders",
                body,
                "Authorization",
                "Bearer " + TOKENS.token(subject, ALL),
                "Idempotency-Key",
                idempotencyKey);
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }
}
