package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.ExternalId;
import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.OrderItem;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

public record OrderItemRequest(
        @NotNull @ExternalId @Schema(example = "prod_456") String productId,

        @NotBlank @Size(max = 200) @PlainText @Schema(example = "Premium Widget")
        String productName,

        @NotNull @Min(1) @Max(1000) @Schema(example = "2") Integer quantity,

        @NotNull
        @DecimalMin(value = "0.00", message = "must be zero or more")
        @DecimalMax(value = "1000000.00", message = "must be at most 1000000")
        @Digits(integer = 7, fraction = 2, message = "must have at most two decimals")
        @Schema(example = "29.99")
        BigDecimal unitPrice) {

    OrderItem toItem() {
        return OrderItem.of(productId, productName, quantity, unitPrice);
    }

    static List<OrderItem> toItems(List<OrderItemRequest> requests) {
        return requests == null
                ? null
                : requests.stream().map(OrderItemRequest::toItem).toList();
    }
}
