package com.ordermanagement.support;

import com.ordermanagement.logging.BatchedConsoleAppender;
import java.time.Duration;
import org.springframework.boot.test.system.CapturedOutput;

/** What the service has written to the console so far, once the lines it has queued are written. */
public final class ConsoleLines {

    private ConsoleLines() {}

    public static String of(CapturedOutput output) {
        BatchedConsoleAppender.awaitWritten(Duration.ofSeconds(10));
        return output.getOut();
    }
}
