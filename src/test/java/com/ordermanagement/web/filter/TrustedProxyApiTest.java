package com.ordermanagement.web.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ManualTime;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/** Behind a trusted proxy (here: loopback) each forwarded client gets its own bucket. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.requests-per-minute=3", "edge.trusted-proxies=127.0.0.0/8, ::1, 10.1.0.0/16"})
class TrustedProxyApiTest {

    static final ManualTime TIME = new ManualTime();

    @TestBean
    TimeMeter rateLimitClock;

    static TimeMeter rateLimitClock() {
        return TIME;
    }

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void freshMinute() {
        api = new Api(port);
        TIME.advance(Duration.ofMinutes(2));
    }

    @Test
    void eachForwardedClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.get("/api/v1/orders", "X-Forwarded-For", "198.51.100.1")
                            .status())
                    .isEqualTo(200);
        }

        assertThat(api.get("/api/v1/orders", "X-Forwarded-For", "198.51.100.1").status())
                .isEqualTo(429);
        assertThat(api.get("/api/v1/orders", "X-Forwarded-For", "198.51.100.2").status())
                .isEqualTo(200);
    }

    @Test
    void theRightMostUntrustedHopIsTheClientSoAForgedLeftHopChangesNothing() {
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/orders", "X-Forwarded-For", "forged-" + i + ", 198.51.100.9, 10.1.2.3");
        }

        Api.Response sameClient = api.get("/api/v1/orders", "X-Forwarded-For", "1.2.3.4, 198.51.100.9:5555");

        assertThat(sameClient.status()).isEqualTo(429);
    }
}
