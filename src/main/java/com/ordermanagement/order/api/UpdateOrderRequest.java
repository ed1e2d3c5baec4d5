package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.Amount;
import com.ordermanagement.common.validation.MultilineText;
import com.ordermanagement.order.domain.OrderChanges;
import com.ordermanagement.order.domain.OrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an order; absent fields stay as they are. {@code notes} and {@code shipping_address}
 * tell absent (left alone) from an explicit {@code null} (cleared), as the Python service did, so
 * they are {@link Optional}: null when absent, empty when sent as null. Items and amounts only while
 * pending; status along the status flow, {@code cancelled} exactly as the cancel endpoint.
 * Server-owned fields (totals, ids, number, timestamps) are ignored, as pydantic ignored them.
 */
public record UpdateOrderRequest(
        @Email @Size(min = 3, max = 254) @Nullable String customerEmail,
        @Valid @Nullable AddressRequest billingAddress,

        @Schema(
                types = {"object", "null"},
                description = "null removes the separate shipping address")
        @Nullable
        Optional<@Valid AddressRequest> shippingAddress,

        @Valid @Nullable PaymentInfoUpdateRequest paymentInfo,

        @Schema(
                types = {"string", "null"},
                maxLength = 1000,
                description = "null clears the notes")
        @Nullable
        Optional<@Size(max = 1000) @MultilineText String> notes,

        @Schema(
                description = "Next status along pending → confirmed → processing → shipped → delivered → refunded,"
                        + " or cancelled while pending, confirmed or processing")
        @Nullable
        OrderStatus status,

        @Size(min = 1, max = 100) @Nullable List<@NotNull @Valid OrderItemRequest> items,
        @Amount @Nullable BigDecimal taxAmount,
        @Amount @Nullable BigDecimal shippingAmount,
        @Amount @Nullable BigDecimal discountAmount) {

    OrderChanges toChanges() {
        return new OrderChanges(
                customerEmail,
                AddressRequest.toAddress(billingAddress),
                shippingAddress == null ? null : shippingAddress.map(address -> address.toAddress()),
                paymentInfo != null ? paymentInfo.toChanges() : null,
                notes,
                status,
                OrderItemRequest.toItems(items),
                taxAmount,
                shippingAmount,
                discountAmount);
    }
}
