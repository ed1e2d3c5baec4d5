package com.ordermanagement.order.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.ordermanagement.order.domain.Order;
import org.jspecify.annotations.Nullable;

/** The Python service's answer to delete and cancel; cancel also carries the updated order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderMessageResponse(
        String message, String orderId, @Nullable Order order) {}
