package com.ordermanagement.analytics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How analytics round: averages, growth and percentages are computed exactly and rounded once, at
 * the end, to two decimals with {@link RoundingMode#HALF_EVEN} (banker's rounding, so that halves
 * do not drift upwards over many figures). Percentages of a breakdown use largest remainders so that
 * they add up to exactly 100.00.
 */
public final class Rounding {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rounding() {}

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** {@code total / count}, zero when there is nothing to divide. */
    static BigDecimal average(BigDecimal total, long count) {
        return count == 0 ? cents(BigDecimal.ZERO) : total.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
    }

    /** Growth of {@code current} over {@code previous} in percent; null when there is no previous figure. */
    static BigDecimal growth(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_EVEN);
    }

    /** Shares of {@code counts} in percent with two decimals, adding up to exactly 100.00 (or all zero). */
    static List<BigDecimal> percentages(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        List<BigDecimal> shares = new ArrayList<>();
        if (total == 0) {
            counts.forEach(count -> shares.add(cents(BigDecimal.ZERO)));
            return shares;
        }
        long[] hundredths = new long[counts.size()];
        long[] remainders = new long[counts.size()];
        long assigned = 0;
        for (int i = 0; i < counts.size(); i++) {
            long scaled = counts.get(i) * 10_000;
            hundredths[i] = scaled / total;
            remainders[i] = scaled % total;
            assigned += hundredths[i];
        }
        List<Integer> byRemainder = IntStream.range(0, counts.size())
                .boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> remainders[i])
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int i = 0; assigned < 10_000; i++, assigned++) {
            hundredths[byRemainder.get(i)]++;
        }
        for (long value : hundredths) {
            shares.add(BigDecimal.valueOf(value, 2));
        }
        return shares;
    }
}
