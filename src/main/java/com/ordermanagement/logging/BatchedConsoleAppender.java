package com.ordermanagement.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The console appender Spring Boot configures (text or JSON lines, same encoder, same threshold),
 * written by one thread that sends every line queued meanwhile to the console in one system call.
 *
 * <p>Written as Boot sets it up, every access-log line cost its request thread a {@code write}
 * system call under the appender's lock, with the other request threads queuing for that lock: a
 * twelfth of the CPU time of a {@code GET} (docs/PERFORMANCE.md). Here a request thread only queues
 * its event; the writer writes what has queued, then lets the next lines gather for half a
 * millisecond, so under load many lines go in one write, and when the service is idle a line is
 * written as soon as it is logged.
 *
 * <p>No line is dropped: a full queue makes the logging thread wait, as a slow console did before.
 * Stopping (Spring Boot stops logging when the service shuts down) writes every queued line first.
 */
public class BatchedConsoleAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    static final String NAME = "CONSOLE_BATCHED";
    private static final String BOOT_CONSOLE = "CONSOLE";
    private static final int QUEUE_CAPACITY = 8192;
    private static final int MAX_BATCH = 512;
    /** How long the writer lets lines gather after a write: waking it for each line cost more than the write. */
    private static final long LINGER_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    /** Tells the writer to finish: every event queued before it has been written when it sees it. */
    private static final Marker END = new Marker();

    private final ConsoleAppender<ILoggingEvent> console;
    private final BlockingQueue<ILoggingEvent> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final BatchBuffer batch = new BatchBuffer();
    private Thread writer;

    BatchedConsoleAppender(ConsoleAppender<ILoggingEvent> console) {
        this.console = console;
    }

    /**
     * Puts a batched appender in place of the root logger's {@code CONSOLE} appender, once logging is
     * configured; does nothing where there is none (a custom logging configuration) or it is in place.
     */
    static void install(LoggerContext context) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> configured = root.getAppender(BOOT_CONSOLE);
        if (!(configured instanceof ConsoleAppender<ILoggingEvent> bootConsole) || !bootConsole.isStarted()) {
            return;
        }
        BatchedConsoleAppender batched = new BatchedConsoleAppender(bootConsole);
        batched.setContext(context);
        batched.setName(NAME);
        batched.start();
        root.addAppender(batched);
        root.detachAppender(bootConsole);
    }

    /**
     * Waits until every line logged before the call is on the console (at most {@code timeout}): for
     * a reader of the console, such as a test, that must see a line it has just caused.
     */
    public static void awaitWritten(Duration timeout) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(NAME) instanceof BatchedConsoleAppender b) {
            b.awaitQueuedLines(timeout);
        }
    }

    /**
     * Waits until every line queued before the call is written (at most {@code timeout}): queues a
     * marker behind them, which the writer releases once the batch holding it is on the console. So
     * logging itself keeps no count for the few callers that wait.
     */
    void awaitQueuedLines(Duration timeout) {
        if (!isStarted()) {
            return; // stopping wrote every queued line
        }
        Marker written = new Marker();
        enqueue(written);
        try {
            written.done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        // The console now writes into the batch; the batch goes to the console's stream in one call.
        console.setImmediateFlush(false);
        console.setOutputStream(batch);
        writer = new Thread(this::writeUntilEnd, "console-log-writer");
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (Thread.currentThread() == writer) {
            // Logged while writing (by an encoder, say): queuing it could wait on the writer itself.
            console.doAppend(event);
            return;
        }
        // The writer formats the line later: fix what it reads from the logging thread now.
        event.prepareForDeferredProcessing();
        enqueue(event);
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop();
        enqueue(END);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!writer.isAlive()) {
            // A line that raced stop() into the queue behind END. Only once the writer has ended: one
            // stuck on a blocked console still owns the batch, and its lines stay queued.
            List<ILoggingEvent> late = new ArrayList<>();
            queue.drainTo(late);
            writeBatch(late);
            console.stop();
        }
    }

    private void enqueue(ILoggingEvent event) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(event);
                break;
            } catch (InterruptedException e) {
                // A line is never dropped; the interrupt is handed back once the line is queued.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilEnd() {
        List<ILoggingEvent> events = new ArrayList<>(MAX_BATCH);
        boolean ended = false;
        while (!ended) {
            try {
                events.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only stop() ends the writer, after the queue's last line
            }
            queue.drainTo(events, MAX_BATCH - 1);
            ended = writeBatch(events);
            events.clear();
            if (!ended) {
                // While the writer sleeps here, loggers queue without waking it (it waits in take()
                // only once the queue is empty): under load the next lines gather into one write.
                LockSupport.parkNanos(LINGER_NANOS);
            }
        }
    }

    /**
     * Formats the events into the batch, sends it to the console in one write, then releases whoever
     * waits on a marker among them; true if END was among them.
     */
    private boolean writeBatch(List<ILoggingEvent> events) {
        boolean ended = false;
        List<Marker> markers = new ArrayList<>(1);
        for (ILoggingEvent event : events) {
            if (event instanceof Marker marker) {
                ended |= marker == END;
                markers.add(marker);
            } else {
                console.doAppend(event);
            }
        }
        batch.writeTo(target());
        markers.forEach(marker -> marker.done.countDown());
        return ended;
    }

    private PrintStream target() {
        // Looked up on every write, as ConsoleAppender does: a test may have replaced System.out.
        return "System.err".equals(console.getTarget()) ? System.err : System.out;
    }

    /** Not a line: a place in the queue that the writer reports having passed. */
    private static final class Marker extends LoggingEvent {
        final CountDownLatch done = new CountDownLatch(1);
    }

    /** The lines of one batch, in memory until the writer sends them on. */
    private static final class BatchBuffer extends ByteArrayOutputStream {

        BatchBuffer() {
            super(64 * 1024);
        }

        void writeTo(PrintStream out) {
            if (count > 0) {
                out.write(buf, 0, count);
                out.flush();
                reset();
            }
        }
    }
}
