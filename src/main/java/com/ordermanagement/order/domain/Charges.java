package com.ordermanagement.order.domain;

import java.math.BigDecimal;

/** The amounts a client chooses on top of the items; the server derives every total from them. */
public record Charges(BigDecimal taxAmount, BigDecimal shippingAmount, BigDecimal discountAmount) {

    public Charges {
        taxAmount = Money.of(taxAmount);
        shippingAmount = Money.of(shippingAmount);
        discountAmount = Money.of(discountAmount);
    }
}
