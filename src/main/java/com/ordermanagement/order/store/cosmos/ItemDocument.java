package com.ordermanagement.order.store.cosmos;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/** An order line as stored: the Python service's snake_case layout, money as JSON numbers. */
public record ItemDocument(
        @JsonProperty("product_id") String productId,
        @JsonProperty("product_name") String productName,
        @JsonProperty("quantity") int quantity,
        @JsonProperty("unit_price") BigDecimal unitPrice,
        @JsonProperty("total_price") BigDecimal totalPrice) {}
