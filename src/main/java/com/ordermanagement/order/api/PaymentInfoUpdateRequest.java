package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.PaymentChanges;
import com.ordermanagement.order.domain.PaymentMethod;
import com.ordermanagement.order.domain.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Payment fields to change; absent fields keep their stored value. */
public record PaymentInfoUpdateRequest(
        PaymentMethod method,
        @Schema(example = "captured") PaymentStatus status,

        @Pattern(regexp = "[0-9]{4}", message = "must be exactly four digits")
        String lastFourDigits,

        @Size(max = 100) @PlainText String transactionId,
        @Size(max = 100) @PlainText String processor) {

    PaymentChanges toChanges() {
        return new PaymentChanges(method, status, lastFourDigits, transactionId, processor);
    }
}
