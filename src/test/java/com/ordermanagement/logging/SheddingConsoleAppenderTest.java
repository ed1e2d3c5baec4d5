package com.ordermanagement.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A console that cannot keep up never holds the thread that logs: lines are shed, and every shed line counted. */
class SheddingConsoleAppenderTest {

    final LoggerContext context = new LoggerContext();
    final Logger logger = context.getLogger("test");
    final CountDownLatch consoleStuck = new CountDownLatch(1);
    final CountDownLatch consoleEntered = new CountDownLatch(1);
    final StuckConsole console = new StuckConsole();
    final SheddingConsoleAppender shedding = new SheddingConsoleAppender();

    @AfterEach
    void stop() {
        consoleStuck.countDown();
        shedding.stop();
    }

    @Test
    void aStuckConsoleShedsInfoLinesKeepsWarningsWhileThereIsRoomAndCountsEveryLoss() throws Exception {
        start(10);
        shedding.doAppend(event(Level.INFO, "first"));
        assertThat(consoleEntered.await(10, TimeUnit.SECONDS))
                .as("the worker holds the first line")
                .isTrue();

        for (int i = 0; i < 50; i++) {
            shedding.doAppend(event(Level.INFO, "info " + i));
        }
        long shedInfo = shedding.dropped();
        shedding.doAppend(event(Level.WARN, "warning kept"));
        for (int i = 0; i < 20; i++) {
            shedding.doAppend(event(Level.ERROR, "error " + i));
        }
        consoleStuck.countDown();
        shedding.stop(); // writes what is queued

        assertThat(shedInfo)
                .as("INFO lines shed once the queue passed its threshold")
                .isPositive();
        assertThat(console.written).contains("first", "warning kept");
        assertThat(console.written.size() + shedding.dropped())
                .as("every line is either written or counted")
                .isEqualTo(1 + 50 + 1 + 20);
        assertThat(shedding.dropped())
                .as("a full queue sheds errors too, counted")
                .isGreaterThan(shedInfo);
    }

    @Test
    void aConsoleThatKeepsUpLosesNothing() {
        consoleStuck.countDown();
        start(8192);
        for (int i = 0; i < 5000; i++) {
            shedding.doAppend(event(Level.INFO, "line " + i));
        }
        shedding.stop();

        assertThat(shedding.dropped()).isZero();
        assertThat(console.written).hasSize(5000).startsWith("line 0", "line 1").endsWith("line 4999");
    }

    private void start(int queueSize) {
        context.setMDCAdapter(new LogbackMDCAdapter());
        console.setContext(context);
        console.start();
        shedding.setContext(context);
        shedding.setQueueSize(queueSize);
        shedding.setNeverBlock(true);
        shedding.addAppender(console);
        shedding.start();
    }

    private ILoggingEvent event(Level level, String message) {
        return new LoggingEvent(Logger.FQCN, logger, level, message, null, null);
    }

    /** A console that blocks on its first line until the test lets it go. */
    final class StuckConsole extends AppenderBase<ILoggingEvent> {

        final List<String> written = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            consoleEntered.countDown();
            try {
                consoleStuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(event.getFormattedMessage());
        }
    }
}
