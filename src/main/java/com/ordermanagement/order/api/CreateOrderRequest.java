package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.Amount;
import com.ordermanagement.common.validation.CurrencyCode;
import com.ordermanagement.common.validation.ExternalId;
import com.ordermanagement.common.validation.MultilineText;
import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.Charges;
import com.ordermanagement.order.domain.OrderDraft;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A new order, read as the Python service's pydantic model read it: unknown members are ignored
 * (totals, ids, number, status and timestamps are the server's and never applied), numbers may come
 * as strings, and a missing shipping address is the billing address.
 */
public record CreateOrderRequest(
        @NotNull @ExternalId @Schema(example = "cust_123") String customerId,

        @NotBlank @Email @Size(max = 254) @Schema(example = "john.doe@example.com")
        String customerEmail,

        @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid OrderItemRequest> items,
        @NotNull @Valid AddressRequest billingAddress,

        @Valid @Schema(description = "Defaults to the billing address") @Nullable
        AddressRequest shippingAddress,

        @NotNull @Valid PaymentInfoRequest paymentInfo,
        @Amount @Schema(example = "5.99") @Nullable BigDecimal taxAmount,
        @Amount @Schema(example = "9.99") @Nullable BigDecimal shippingAmount,
        @Amount @Schema(example = "0.00") @Nullable BigDecimal discountAmount,

        @CurrencyCode @Schema(description = "ISO 4217; defaults to USD", example = "USD") @Nullable
        String currency,

        @Size(max = 1000) @MultilineText @Nullable String notes,

        @Size(max = 50) @PlainText @Schema(description = "Where the order came from; defaults to api") @Nullable
        String source) {

    OrderDraft toDraft() {
        return new OrderDraft(
                customerId,
                customerEmail,
                OrderItemRequest.toItems(items),
                new Charges(taxAmount, shippingAmount, discountAmount),
                currency != null ? currency : "USD",
                billingAddress.toAddress(),
                shippingAddress != null ? shippingAddress.toAddress() : billingAddress.toAddress(),
                paymentInfo.toPaymentInfo(),
                notes,
                source != null ? source : "api");
    }
}
