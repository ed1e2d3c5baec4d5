package com.ordermanagement.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** What a text console line shows of a message, with the pattern application.yml configures. */
class ConsolePatternTest {

    PatternLayout message;
    Logger logger;

    @BeforeEach
    void layoutOfTheConfiguredMessagePart() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        String pattern = yaml.getObject().getProperty("logging.pattern.console");
        String messagePart = pattern.substring(pattern.indexOf("%replace"), pattern.lastIndexOf("%n"));
        LoggerContext context = new LoggerContext();
        logger = context.getLogger("test");
        message = new PatternLayout();
        message.setContext(context);
        message.setPattern(messagePart);
        message.start();
    }

    @Test
    void controlCharactersShowAsQuestionMarksAndLineBreaksContinueIndented() {
        assertThat(shown("a\tb\u0000c\u007Fd\u001Be")).isEqualTo("a?b?c?d?e");
        assertThat(shown("one\ntwo\r\nthree\rfour")).isEqualTo("one\n\ttwo\n\tthree\n\tfour");
        assertThat(shown("x\r\n\nFORGED INFO line").lines()).noneMatch(line -> line.startsWith("FORGED"));
        assertThat(shown("GET /api/v1/orders/{order_id} 200 – naïve ünïcode"))
                .isEqualTo("GET /api/v1/orders/{order_id} 200 – naïve ünïcode");
    }

    @Test
    void noRandomTextStartsALineOfItsOwn() {
        Random random = new Random(20261207);
        for (int run = 0; run < 2000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x30) : 0x20 + random.nextInt(0x70)));
            }
            String expected = text.toString()
                    .replaceAll("[\\u0000-\\u0009\\u000B\\u000C\\u000E-\\u001F\\u007F]", "?")
                    .replaceAll("\\r?\\n|\\r", "\n\t");

            String shown = shown(text.toString());

            assertThat(shown).as(text.toString()).isEqualTo(expected);
            assertThat(shown.lines().skip(1)).allMatch(line -> line.startsWith("\t"));
        }
    }

    private String shown(String text) {
        return message.doLayout(new LoggingEvent(Logger.FQCN, logger, Level.INFO, text, null, null));
    }
}
