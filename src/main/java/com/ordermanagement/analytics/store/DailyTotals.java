package com.ordermanagement.analytics.store;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Revenue orders of one UTC day in one currency. */
public record DailyTotals(LocalDate day, long orderCount, BigDecimal revenue) {}
