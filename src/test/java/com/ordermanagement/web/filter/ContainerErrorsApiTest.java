package com.ordermanagement.web.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.RawHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Requests that Tomcat refuses before any filter or controller runs still get a problem document with
 * the security headers, never Tomcat's HTML page; and a client that stalls is cut off, not waited for.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.enabled=false", "server.tomcat.connection-timeout=1s"})
class ContainerErrorsApiTest extends HttpApiTest {

    static List<String> malformedRequests() {
        String headers = "Host: localhost\r\nConnection: close\r\n";
        return List.of(
                "GET /api/v1/orders/a%2Fb HTTP/1.1\r\n" + headers + "\r\n",
                "GET /api/v1/orders/a%5Cb HTTP/1.1\r\n" + headers + "\r\n",
                "GET /api/v1/orders/a%00b HTTP/1.1\r\n" + headers + "\r\n",
                "GET /api/v1/<script> HTTP/1.1\r\n" + headers + "\r\n",
                "GET /api/v1/orders?x=" + "a".repeat(10_000) + " HTTP/1.1\r\n" + headers + "\r\n",
                "GET /api/v1/orders HTTP/1.1\r\n" + headers + "X-Big: " + "b".repeat(10_000) + "\r\n\r\n",
                "POST /api/v1/orders HTTP/1.1\r\n" + headers + "Content-Length: abc\r\n\r\n",
                "POST /api/v1/orders HTTP/1.1\r\n" + headers + "Transfer-Encoding: gzip, zip\r\n\r\n",
                "GET /api/v1/orders HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n");
    }

    @ParameterizedTest
    @MethodSource("malformedRequests")
    void tomcatsOwnRefusalsAreProblemsWithTheSecurityHeaders(String request) throws IOException {
        String response = RawHttp.exchange(port, request, null);

        // 4xx, or 501 for a Transfer-Encoding Tomcat does not implement (RFC 9112 6.1).
        assertThat(response).containsPattern("^HTTP/1.1 (4\\d\\d|501) ");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).containsIgnoringCase("X-Content-Type-Options: nosniff");
        assertThat(response).containsIgnoringCase("Content-Security-Policy: default-src 'none'");
        assertThat(response).doesNotContainIgnoringCase("<html").doesNotContain("Apache Tomcat");
        assertThat(response).doesNotContain("<script>");
    }

    @Test
    void tooManyHeadersAreAProblemToo() throws IOException {
        StringBuilder request = new StringBuilder("GET /api/v1/orders HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 120; i++) {
            request.append("X-H").append(i).append(": v\r\n");
        }
        String response = RawHttp.exchange(
                port, request.append("Connection: close\r\n\r\n").toString(), null);

        assertThat(response).startsWith("HTTP/1.1 4").containsIgnoringCase("application/problem+json");
    }

    @Test
    void aClientThatStallsItsBodyIsCutOffAfterTheConnectionTimeout() throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/orders HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{\"customer_id\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readAllBytes();

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).as("server gave up on the stalled body").isLessThan(Duration.ofSeconds(15));
            String text = new String(answer, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("HTTP/1.1 500").doesNotContain("HTTP/1.1 201");
            if (!text.isEmpty()) {
                assertThat(text).startsWith("HTTP/1.1 408").contains("application/problem+json");
            }
        }
    }
}
