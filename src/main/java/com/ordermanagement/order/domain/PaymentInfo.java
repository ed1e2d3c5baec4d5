package com.ordermanagement.order.domain;

public record PaymentInfo(
        PaymentMethod method, PaymentStatus status, String lastFourDigits, String transactionId, String processor) {}
