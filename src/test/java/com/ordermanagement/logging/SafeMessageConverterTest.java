package com.ordermanagement.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the text log line shows of a message: what the two regular expressions it replaced showed. */
class SafeMessageConverterTest {

    @Test
    void controlCharactersShowAsQuestionMarksAndLineBreaksContinueIndented() {
        assertThat(SafeMessageConverter.escape("a\tb\u0000c\u007Fd\u001Be")).isEqualTo("a?b?c?d?e");
        assertThat(SafeMessageConverter.escape("one\ntwo\r\nthree\rfour")).isEqualTo("one\n\ttwo\n\tthree\n\tfour");
        assertThat(SafeMessageConverter.escape("x\r\n\nFORGED INFO line").lines())
                .noneMatch(line -> line.startsWith("FORGED"));
        assertThat(SafeMessageConverter.escape(null)).isEqualTo("null");
    }

    @Test
    void aMessageWithoutControlCharactersIsReturnedAsItIs() {
        String plain = "GET /api/v1/orders/{order_id} 200 1ms client=127.0.0.1 – naïve ünïcode";

        assertThat(SafeMessageConverter.escape(plain)).isSameAs(plain);
    }

    @Test
    void agreesWithTheRegularExpressionsItReplacedOnRandomText() {
        java.util.Random random = new java.util.Random(20261130);
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x30) : 0x20 + random.nextInt(0x70)));
            }
            String expected = text.toString()
                    .replaceAll("[\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F]", "?")
                    .replaceAll("\\r?\\n|\\r", "\n\t");

            assertThat(SafeMessageConverter.escape(text.toString()))
                    .as(text.toString())
                    .isEqualTo(expected);
        }
    }
}
