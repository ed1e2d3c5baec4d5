package com.ordermanagement.logging;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.concurrent.atomic.LongAdder;

/**
 * Logback's {@link AsyncAppender} in front of the console ({@code logback-spring.xml}), counting the
 * lines it sheds. A request thread only queues its line; Logback's worker writes it. When the console
 * cannot keep up and the queue is four-fifths full, Logback sheds TRACE, DEBUG and INFO lines (access
 * lines are INFO) so that no request waits for the console, and keeps WARN and ERROR until the queue is
 * full ({@code neverBlock}). Every shed line is counted here and published as the metric
 * {@code logback.events.dropped} ({@link DroppedLogLinesMetrics}), so that a gap in the log shows.
 */
public class SheddingConsoleAppender extends AsyncAppender {

    private final LongAdder dropped = new LongAdder();

    @Override
    protected boolean isDiscardable(ILoggingEvent event) {
        // Logback asks only once the queue is below its discarding threshold; a full queue sheds any line.
        boolean shed = super.isDiscardable(event) || getRemainingCapacity() == 0;
        if (shed) {
            dropped.increment();
        }
        return shed;
    }

    /** The lines shed since start-up. */
    public long dropped() {
        return dropped.sum();
    }
}
