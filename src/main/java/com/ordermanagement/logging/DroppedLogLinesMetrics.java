package com.ordermanagement.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@code logback.events.dropped}: the console lines {@link SheddingConsoleAppender} shed. */
@Component
public class DroppedLogLinesMetrics implements MeterBinder {

    static final String APPENDER = "ASYNC_CONSOLE";

    @Override
    public void bindTo(MeterRegistry registry) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(APPENDER)
                        instanceof SheddingConsoleAppender console) {
            FunctionCounter.builder("logback.events.dropped", console, SheddingConsoleAppender::dropped)
                    .description("Console log lines shed because the console could not keep up")
                    .register(registry);
        }
    }
}
