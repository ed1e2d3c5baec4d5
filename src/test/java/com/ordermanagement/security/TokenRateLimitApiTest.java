package com.ordermanagement.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.RateLimitClockTest;
import com.ordermanagement.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With tokens, the rate limit counts per token subject, wherever its requests come from. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "rate-limit.requests-per-minute=3")
class TokenRateLimitApiTest extends RateLimitClockTest {

    static final TestTokens TOKENS = TestTokens.shared();

    @DynamicPropertySource
    static void tokenSettings(DynamicPropertyRegistry registry) {
        TOKENS.configure(registry);
    }

    @Test
    void eachSubjectHasItsOwnBucketOnOneAddressAndKeepsItAcrossTokens() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/orders", "Authorization", "Bearer " + TOKENS.token("job-a", "orders:read"))
                            .status())
                    .isEqualTo(200);
        }

        assertThat(api.get("/api/v1/orders", "Authorization", "Bearer " + TOKENS.token("job-a", "orders:read"))
                        .status())
                .as("a fresh token of the same subject")
                .isEqualTo(429);
        assertThat(api.get("/api/v1/orders", "Authorization", "Bearer " + TOKENS.token("job-b", "orders:read"))
                        .status())
                .as("another subject from the same address")
                .isEqualTo(200);
    }
}
