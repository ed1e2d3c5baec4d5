package com.ordermanagement.logging;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * {@code %safeMessage} in the text log pattern: the message with control characters shown as
 * {@code ?} and every line break ({@code \n}, {@code \r\n}, {@code \r}) continued on an indented line,
 * so that no input can start a line of its own and pass for a log entry. One pass over the message,
 * and none at all for the usual message without control characters: the two regular-expression
 * replacements it replaces cost a noticeable share of every logged request (docs/PERFORMANCE.md).
 */
public class SafeMessageConverter extends ClassicConverter {

    static final String WORD = "safeMessage";

    /** Makes {@code %safeMessage} known to every pattern; called before logging is configured. */
    static void register() {
        PatternLayout.DEFAULT_CONVERTER_SUPPLIER_MAP.putIfAbsent(WORD, SafeMessageConverter::new);
    }

    @Override
    public String convert(ILoggingEvent event) {
        return escape(event.getFormattedMessage());
    }

    static String escape(String message) {
        if (message == null) {
            return "null";
        }
        int first = firstControl(message);
        if (first < 0) {
            return message;
        }
        StringBuilder safe = new StringBuilder(message.length() + 16).append(message, 0, first);
        for (int i = first; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c == '\r') {
                if (i + 1 < message.length() && message.charAt(i + 1) == '\n') {
                    i++;
                }
                safe.append("\n\t");
            } else if (c == '\n') {
                safe.append("\n\t");
            } else if (isControl(c)) {
                safe.append('?');
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static int firstControl(String message) {
        for (int i = 0; i < message.length(); i++) {
            if (isControl(message.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F;
    }
}
