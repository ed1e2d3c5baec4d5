package com.ordermanagement.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * What the service has written to the console so far. Console lines are written by Logback's
 * asynchronous appender, in the order they were logged: once a marker logged now is on the console,
 * so is every line logged before it.
 */
public final class ConsoleLines {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private ConsoleLines() {}

    public static String of(CapturedOutput output) {
        String marker = "console-lines-marker-" + UUID.randomUUID();
        LoggerFactory.getLogger(ConsoleLines.class).warn(marker);
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (!output.getOut().contains(marker)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the console did not show a line logged " + PATIENCE + " ago");
            }
            LockSupport.parkNanos(1_000_000); // polls the captured output: waits on what it shows, not for a time
        }
        return output.getOut();
    }
}
