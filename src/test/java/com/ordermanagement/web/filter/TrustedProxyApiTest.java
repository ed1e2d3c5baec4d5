package com.ordermanagement.web.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.RateLimitClockTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Behind a trusted proxy (here: loopback) each forwarded client gets its own bucket. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.requests-per-minute=3", "edge.trusted-proxies=127.0.0.0/8, ::1, 10.1.0.0/16"})
class TrustedProxyApiTest extends RateLimitClockTest {

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

    @Test
    void oneAddressWrittenDifferentlyIsOneClient() {
        for (String spelling : new String[] {"198.51.100.20", "198.051.100.020", "::ffff:198.51.100.20"}) {
            api.get("/api/v1/orders", "X-Forwarded-For", spelling);
        }

        assertThat(api.get("/api/v1/orders", "X-Forwarded-For", "198.51.100.20").status())
                .isEqualTo(429);
    }

    @Test
    void aHopThatIsNotAnAddressBuysNoNewBucket() {
        for (int i = 0; i < 3; i++) {
            api.get("/api/v1/orders", "X-Forwarded-For", "not-an-ip-" + i);
        }

        // Each request named another "client"; none was believed, so they shared the proxy's bucket.
        assertThat(api.get("/api/v1/orders", "X-Forwarded-For", "still-not-an-ip")
                        .status())
                .isEqualTo(429);
    }

    @Test
    void ipv6ClientsAreLimitedPerSlash64() {
        for (int i = 1; i <= 3; i++) {
            api.get("/api/v1/orders", "X-Forwarded-For", "2001:db8:1:2::" + Integer.toHexString(i));
        }

        assertThat(api.get("/api/v1/orders", "X-Forwarded-For", "2001:db8:1:2:ffff::9")
                        .status())
                .isEqualTo(429);
        assertThat(api.get("/api/v1/orders", "X-Forwarded-For", "2001:db8:1:3::1")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theDocumentsServerIsTheOriginTheTrustedProxyReports() {
        String behindTls = api.get(
                        "/openapi.json", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "orders.example.com")
                .json()
                .at("/servers/0/url")
                .asString();
        String forgedHost = api.get(
                        "/openapi.json", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "evil.example/phish?")
                .json()
                .at("/servers/0/url")
                .asString();
        String unknownScheme = api.get(
                        "/openapi.json", "X-Forwarded-Proto", "javascript", "X-Forwarded-Host", "orders.example.com")
                .json()
                .at("/servers/0/url")
                .asString();

        assertThat(behindTls).isEqualTo("https://orders.example.com");
        assertThat(forgedHost).isEqualTo("/");
        assertThat(unknownScheme).isEqualTo("/");
    }
}
