package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.PaymentChanges;
import com.ordermanagement.order.domain.PaymentMethod;
import com.ordermanagement.order.domain.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Payment fields to change; absent fields keep their stored value. */
public record PaymentInfoUpdateRequest(
        @Nullable PaymentMethod method,
        @Schema(example = "captured") @Nullable PaymentStatus status,

        @Pattern(regexp = "^[0-9]{4}$", message = "must be exactly four digits")
        @Schema(minLength = 4, maxLength = 4)
        @Nullable
        String lastFourDigits,

        @Size(max = 100) @PlainText @Nullable String transactionId,
        @Size(max = 100) @PlainText @Nullable String processor) {

    PaymentChanges toChanges() {
        return new PaymentChanges(method, status, lastFourDigits, transactionId, processor);
    }
}
