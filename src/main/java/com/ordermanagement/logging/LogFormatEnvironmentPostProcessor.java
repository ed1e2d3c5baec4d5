package com.ordermanagement.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * {@code LOG_FORMAT=json} switches the console to Spring Boot's structured JSON lines (Elastic Common
 * Schema), {@code text} keeps readable lines. Runs before logging starts; any other value stops
 * start-up with a clear message.
 */
public class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String format = environment.getProperty("log-format", "text").trim().toLowerCase(Locale.ROOT);
        switch (format) {
            case "json" ->
                environment
                        .getPropertySources()
                        .addFirst(new MapPropertySource(
                                "logFormat",
                                Map.of(
                                        "logging.structured.format.console",
                                        "ecs",
                                        // logback-spring.xml includes Boot's structured console appender
                                        "logging.console-appender-resource",
                                        "org/springframework/boot/logging/logback/structured-console-appender.xml")));
            case "text", "" -> {
                // Spring Boot's default console lines.
            }
            default -> throw new IllegalStateException("LOG_FORMAT must be 'json' or 'text', not '" + format + "'");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
