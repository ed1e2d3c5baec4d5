package com.ordermanagement.order.domain;

import org.jspecify.annotations.Nullable;

public record PaymentInfo(
        PaymentMethod method,
        PaymentStatus status,
        @Nullable String lastFourDigits,
        @Nullable String transactionId,
        @Nullable String processor) {}
