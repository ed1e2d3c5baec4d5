package com.ordermanagement.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.ConsoleLines;
import com.ordermanagement.support.HttpApiTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The running service writes its console lines through Logback's asynchronous appender, access lines included. */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ConsoleLoggingApiTest extends HttpApiTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void requestsAreLoggedThroughTheAsynchronousConsoleAndShedLinesAreCounted(CapturedOutput output) {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);

        int status = api.get("/api/v1/orders/no-such-order?customer_id=console-check")
                .status();

        assertThat(root.getAppender(DroppedLogLinesMetrics.APPENDER)).isInstanceOf(SheddingConsoleAppender.class);
        assertThat(((SheddingConsoleAppender) root.getAppender(DroppedLogLinesMetrics.APPENDER)).getAppender("CONSOLE"))
                .as("Boot's console appender, behind the queue")
                .isNotNull();
        assertThat(root.getAppender("CONSOLE")).as("not also attached directly").isNull();
        assertThat(ConsoleLines.of(output)).contains("GET /api/v1/orders/{order_id} " + status);
        assertThat(meters.find("logback.events.dropped").functionCounter()).isNotNull();
    }
}
