package com.ordermanagement.order.api;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.StoredOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Python service's page shape, plus a cursor for cheap deep paging. */
public record OrderPageResponse(
        List<Order> orders,
        long totalCount,
        long page,
        int pageSize,
        long totalPages,
        boolean hasNext,
        @Nullable String nextContinuationToken) {

    static OrderPageResponse of(OrderSlice slice, int pageSize) {
        long totalPages = (slice.totalCount() + pageSize - 1) / pageSize;
        long end = slice.offset() + slice.orders().size();
        boolean hasNext = end < slice.totalCount();
        return new OrderPageResponse(
                slice.orders().stream().map(StoredOrder::order).toList(),
                slice.totalCount(),
                slice.offset() / pageSize + 1,
                pageSize,
                totalPages,
                hasNext,
                hasNext ? slice.nextContinuationToken() : null);
    }
}
