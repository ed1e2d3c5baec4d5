package com.ordermanagement.order.domain;

import java.util.List;

/**
 * One page of orders: {@code offset} is the position of its first order in the whole listing, and
 * {@code nextContinuationToken} resumes right after its last order (null at the end).
 */
public record OrderSlice(List<StoredOrder> orders, long totalCount, long offset, String nextContinuationToken) {}
