package com.ordermanagement.support;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A test of the running service whose rate-limit buckets run on a clock the test moves: every test
 * starts in a fresh minute, with full buckets, and refills happen when the test says so.
 */
public abstract class RateLimitClockTest extends HttpApiTest {

    protected static final ManualTime TIME = new ManualTime();

    @TestBean
    TimeMeter rateLimitClock;

    static TimeMeter rateLimitClock() {
        return TIME;
    }

    @BeforeEach
    void freshMinute() {
        TIME.advance(Duration.ofMinutes(2));
    }
}
