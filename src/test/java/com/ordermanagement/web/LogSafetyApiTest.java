package com.ordermanagement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.Api;
import com.ordermanagement.support.ConsoleLines;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.Orders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** With DEBUG=true and text logs, no input forges a log line and no customer data reaches the log. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"debug=true", "log-format=text", "rate-limit.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
class LogSafetyApiTest extends HttpApiTest {

    @Test
    void debugLogsNeitherBodiesNorForgedLines(CapturedOutput output) {
        String order = Orders.order("log-check", 1, "1.00").replace("buyer@example.com", "pii-marker@example.com");

        Api.Response created = api.post("/api/v1/orders", order);
        Api.Response forged = api.post(
                "/api/v1/orders", "{\"customer_email\": \"pii-marker@example.com\", \"x\\nFORGED INFO line\": }");
        Api.Response badId = api.get("/api/v1/orders/a%0AFORGED%20INFO%20id?customer_id=a%0AFORGED");

        assertThat(created.status()).isEqualTo(201);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(badId.status()).isBetween(400, 499);
        assertThat(ConsoleLines.of(output)).as("debug logging is on").contains("DEBUG");
        assertThat(ConsoleLines.of(output)).doesNotContain("pii-marker");
        assertThat(ConsoleLines.of(output).lines()).noneMatch(line -> line.startsWith("FORGED"));
    }
}
