package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.PaymentInfo;
import com.ordermanagement.order.domain.PaymentMethod;
import com.ordermanagement.order.domain.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Payment details at order time; the payment status always starts as pending. */
public record PaymentInfoRequest(
        @NotNull @Schema(example = "credit_card") PaymentMethod method,

        @Pattern(regexp = "^[0-9]{4}$", message = "must be exactly four digits")
        @Schema(
                description = "Last four digits of the card; a full card number is refused",
                example = "1234",
                minLength = 4,
                maxLength = 4)
        @Nullable
        String lastFourDigits,

        @Size(max = 100) @PlainText @Nullable String transactionId,
        @Size(max = 100) @PlainText @Nullable String processor) {

    PaymentInfo toPaymentInfo() {
        return new PaymentInfo(method, PaymentStatus.PENDING, lastFourDigits, transactionId, processor);
    }
}
