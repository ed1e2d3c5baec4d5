package com.ordermanagement.analytics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoundingTest {

    @Test
    void anAverageOnAHalfCentRoundsToTheEvenCent() {
        assertThat(Rounding.average(new BigDecimal("0.25"), 2)).hasToString("0.12");
        assertThat(Rounding.average(new BigDecimal("0.35"), 2)).hasToString("0.18");
        assertThat(Rounding.average(new BigDecimal("10.00"), 0)).hasToString("0.00");
    }

    @Test
    void growthIsInPercentAndNullWithoutAPreviousFigure() {
        assertThat(Rounding.growth(new BigDecimal("60.50"), new BigDecimal("40.00")))
                .hasToString("51.25");
        assertThat(Rounding.growth(new BigDecimal("10.00"), new BigDecimal("30.00")))
                .hasToString("-66.67");
        assertThat(Rounding.growth(new BigDecimal("10.00"), BigDecimal.ZERO)).isNull();
    }

    @Test
    void sharesAlwaysAddUpToExactlyAHundred() {
        Random random = new Random(11);
        for (int run = 0; run < 1_000; run++) {
            List<Long> counts = random.ints(1 + random.nextInt(7), 0, 1_000)
                    .mapToObj(i -> (long) i)
                    .toList();
            List<BigDecimal> shares = Rounding.percentages(counts);
            BigDecimal sum = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (counts.stream().mapToLong(Long::longValue).sum() == 0) {
                assertThat(sum).isEqualByComparingTo("0");
            } else {
                assertThat(sum).isEqualByComparingTo("100.00");
            }
            shares.forEach(share -> assertThat(share.scale()).isEqualTo(2));
        }
        assertThat(Rounding.percentages(List.of(1L, 1L, 1L)))
                .extracting(BigDecimal::toString)
                .containsExactly("33.34", "33.33", "33.33");
    }
}
