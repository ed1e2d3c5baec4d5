package com.ordermanagement.analytics.store;

import java.math.BigDecimal;
import java.time.Instant;

/** One customer's revenue orders in a range and currency. */
public record CustomerTotals(
        String customerId,
        String customerEmail,
        long orderCount,
        BigDecimal totalSpent,
        Instant firstOrderAt,
        Instant lastOrderAt) {}
