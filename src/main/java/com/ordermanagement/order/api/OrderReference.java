package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.ExternalId;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Which order a request is about: the {@code order_id} path segment and the optional
 * {@code customer_id} query parameter (with it, one point read; without it, a search of every
 * customer, as the Python service's clients sometimes need).
 */
public record OrderReference(
        @Parameter(name = "order_id", in = ParameterIn.PATH, required = true)
        @BindParam("order_id")
        // Cosmos DB's limit for an id: no longer id can exist.
        @Size(max = 255)
        String orderId,

        @Parameter(name = "customer_id", in = ParameterIn.QUERY, description = "The order's customer: a point read")
        @BindParam("customer_id")
        @ExternalId
        String customerId) {}
