package com.ordermanagement.order.store;

import com.ordermanagement.order.domain.OrderStatus;

/**
 * What to list, newest first. Either an offset (from a page number) or a continuation token that a
 * previous slice handed out; a token wins over the offset.
 */
public record OrderListQuery(
        String customerId, OrderStatus status, long offset, int pageSize, String continuationToken) {

    /** Ties the token to its filters so that a token cannot be replayed against another listing. */
    public String filterKey() {
        return (customerId == null ? "" : customerId) + "|" + (status == null ? "" : status.wireName()) + "|"
                + pageSize;
    }
}
