package com.ordermanagement.order.domain;

import com.ordermanagement.common.problem.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What a client asks for when placing an order, before the server assigns ids, number and totals. */
public record OrderDraft(
        String customerId,
        String customerEmail,
        List<OrderItem> items,
        Charges charges,
        String currency,
        Address billingAddress,
        Address shippingAddress,
        PaymentInfo paymentInfo,
        String notes,
        String source) {

    public OrderDraft {
        items = List.copyOf(items);
    }

    public Order toOrder(String id, String orderNumber, Instant createdAt) {
        Order order = new Order(
                        id,
                        orderNumber,
                        customerId,
                        customerEmail,
                        OrderStatus.PENDING,
                        List.of(),
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        Money.ZERO,
                        currency,
                        billingAddress,
                        shippingAddress,
                        paymentInfo,
                        notes,
                        source,
                        null,
                        createdAt,
                        null)
                .withPricing(items, charges);
        return requireNonNegativeTotal(order);
    }

    /** A discount may take an order to zero, never below. */
    static Order requireNonNegativeTotal(Order order) {
        if (order.totalAmount().compareTo(BigDecimal.ZERO) < 0) {
            throw new OrderRuleViolationException(
                    new FieldProblem("discount_amount", "must not exceed subtotal plus tax and shipping"));
        }
        return order;
    }
}
