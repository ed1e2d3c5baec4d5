package com.ordermanagement.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Console lines written in batches: every line, once, in each thread's order, formatted as configured. */
class BatchedConsoleAppenderTest {

    private final PrintStream originalOut = System.out;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final LoggerContext context = new LoggerContext();
    private final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void configureLikeSpringBoot() {
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        context.setMDCAdapter(MDC.getMDCAdapter());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("[%thread] [%X{request_id:-}] %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> bootConsole = new ConsoleAppender<>();
        bootConsole.setContext(context);
        bootConsole.setName("CONSOLE");
        bootConsole.setEncoder(encoder);
        bootConsole.start();
        root.addAppender(bootConsole);
    }

    @AfterEach
    void restoreTheConsole() {
        context.stop();
        System.setOut(originalOut);
    }

    @Test
    void theBootConsoleIsReplacedOnceAndLinesKeepTheirThreadAndRequestId() {
        BatchedConsoleAppender.install(context);
        BatchedConsoleAppender.install(context);

        assertThat(root.getAppender("CONSOLE")).isNull();
        assertThat(root.getAppender(BatchedConsoleAppender.NAME)).isInstanceOf(BatchedConsoleAppender.class);
        MDC.put("request_id", "req-1");
        try {
            root.info("hello");
        } finally {
            MDC.remove("request_id");
        }
        batched().awaitQueuedLines(Duration.ofSeconds(10));
        assertThat(written()).isEqualTo("[" + Thread.currentThread().getName() + "] [req-1] hello\n");
    }

    @Test
    void linesFromManyThreadsAllArriveOnceEachInItsThreadsOrder() throws Exception {
        BatchedConsoleAppender.install(context);
        int threads = 4;
        int perThread = 5_000; // more than the queue holds: loggers wait for the writer, nothing is dropped
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    root.info("t{} line {}", thread, i);
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        batched().awaitQueuedLines(Duration.ofSeconds(30));

        List<String> lines = written().lines().toList();
        assertThat(lines).hasSize(threads * perThread);
        for (int t = 0; t < threads; t++) {
            String prefix = "t" + t + " line ";
            List<Integer> order = lines.stream()
                    .map(line -> line.substring(line.lastIndexOf("] ") + 2))
                    .filter(message -> message.startsWith(prefix))
                    .map(message -> Integer.parseInt(message.substring(prefix.length())))
                    .toList();
            assertThat(order).as("thread %d", t).hasSize(perThread).isSorted();
        }
    }

    @Test
    void stoppingWritesEveryQueuedLineFirst() {
        BatchedConsoleAppender.install(context);
        for (int i = 0; i < 3_000; i++) {
            root.info("line {}", i);
        }

        context.stop();

        assertThat(written().lines()).hasSize(3_000).last().asString().endsWith("line 2999");
    }

    @Test
    void waitingForLinesAfterStoppingDoesNotHang() {
        BatchedConsoleAppender.install(context);
        BatchedConsoleAppender batched = batched();
        root.info("last words");
        context.stop();

        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> batched.awaitQueuedLines(Duration.ofHours(1)));
        assertThat(written()).endsWith("last words\n");
    }

    @Test
    void withoutBootsConsoleAppenderNothingChanges() {
        LoggerContext custom = new LoggerContext();

        BatchedConsoleAppender.install(custom);

        assertThat(custom.getLogger(Logger.ROOT_LOGGER_NAME)
                        .iteratorForAppenders()
                        .hasNext())
                .isFalse();
        custom.stop();
    }

    private BatchedConsoleAppender batched() {
        return (BatchedConsoleAppender) root.getAppender(BatchedConsoleAppender.NAME);
    }

    private String written() {
        return console.toString(StandardCharsets.UTF_8);
    }
}
