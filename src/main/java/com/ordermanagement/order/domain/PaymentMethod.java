package com.ordermanagement.order.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum PaymentMethod {
    CREDIT_CARD,
    DEBIT_CARD,
    PAYPAL,
    APPLE_PAY,
    GOOGLE_PAY;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PaymentMethod fromWireName(String value) {
        for (PaymentMethod method : values()) {
            if (method.wireName().equals(value)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown payment method");
    }
}
