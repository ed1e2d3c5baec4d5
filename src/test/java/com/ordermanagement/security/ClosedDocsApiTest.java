package com.ordermanagement.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** DOCS_PUBLIC=false puts the documentation and the OpenAPI document behind a token too. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.enabled=false", "docs.public=false"})
class ClosedDocsApiTest extends HttpApiTest {

    static final TestTokens TOKENS = TestTokens.shared();

    @DynamicPropertySource
    static void tokenSettings(DynamicPropertyRegistry registry) {
        TOKENS.configure(registry);
    }

    @Test
    void theDocsNeedATokenWhileHealthStaysPublic() {
        String token = "Bearer " + TOKENS.token("developer", "");

        for (String path : new String[] {"/openapi.json", "/api/v1/openapi.json", "/v3/api-docs", "/redoc"}) {
            assertThat(api.get(path).status()).as(path).isEqualTo(401);
            assertThat(api.get(path, "Authorization", token).status()).as(path).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/health/ready").status()).isEqualTo(200);
    }
}
