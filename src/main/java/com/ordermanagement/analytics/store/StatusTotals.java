package com.ordermanagement.analytics.store;

import com.ordermanagement.order.domain.OrderStatus;
import java.math.BigDecimal;

/** Orders of one status in a range and currency, and the sum of their totals. */
public record StatusTotals(OrderStatus status, long orderCount, BigDecimal totalValue) {}
