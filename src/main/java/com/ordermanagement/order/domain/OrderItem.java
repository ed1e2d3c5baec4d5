package com.ordermanagement.order.domain;

import java.math.BigDecimal;

public record OrderItem(
        String productId, String productName, int quantity, BigDecimal unitPrice, BigDecimal totalPrice) {

    /** An item whose line total is computed here, never taken from a client. */
    public static OrderItem of(String productId, String productName, int quantity, BigDecimal unitPrice) {
        BigDecimal price = Money.of(unitPrice);
        return new OrderItem(productId, productName, quantity, price, price.multiply(BigDecimal.valueOf(quantity)));
    }
}
