package com.ordermanagement.order.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts are kept in the currency's minor unit of two decimals; inputs are validated to fit exactly. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {}

    /** Brings a validated amount (at most two decimals) to scale 2 without rounding. */
    public static BigDecimal of(BigDecimal amount) {
        if (amount == null) {
            return ZERO;
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
