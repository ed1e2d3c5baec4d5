package com.ordermanagement.order.api;

import com.ordermanagement.order.domain.OrderChanges;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.web.validation.Amount;
import com.ordermanagement.web.validation.MultilineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Changes to an order; absent fields stay as they are. Items and amounts only while pending, status
 * only along the status flow (cancel through the cancel endpoint). Server-owned fields are refused.
 */
public record UpdateOrderRequest(
        @Email @Size(max = 254) String customerEmail,
        @Valid AddressRequest billingAddress,
        @Valid AddressRequest shippingAddress,
        @Valid PaymentInfoUpdateRequest paymentInfo,
        @Size(max = 1000) @MultilineText String notes,

        @Schema(description = "Next status along pending → confirmed → processing → shipped → delivered → refunded")
        OrderStatus status,

        @Size(min = 1, max = 100) List<@NotNull @Valid OrderItemRequest> items,
        @Amount BigDecimal taxAmount,
        @Amount BigDecimal shippingAmount,
        @Amount BigDecimal discountAmount) {

    OrderChanges toChanges() {
        return new OrderChanges(
                customerEmail,
                AddressRequest.toAddress(billingAddress),
                AddressRequest.toAddress(shippingAddress),
                paymentInfo != null ? paymentInfo.toChanges() : null,
                notes,
                status,
                OrderItemRequest.toItems(items),
                taxAmount,
                shippingAmount,
                discountAmount);
    }
}
