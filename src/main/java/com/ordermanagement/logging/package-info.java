/**
 * Console logging: {@code LOG_FORMAT} (JSON or text lines, Spring Boot's own console appenders behind
 * Logback's asynchronous appender, {@code logback-spring.xml}) and the count of lines shed when the
 * console cannot keep up. Knows no feature.
 */
package com.ordermanagement.logging;
