package com.ordermanagement.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order as the business sees it; every total is derived from the items and charges. */
public record Order(
        String id,
        String orderNumber,
        String customerId,
        String customerEmail,
        OrderStatus status,
        List<OrderItem> items,
        BigDecimal subtotal,
        BigDecimal taxAmount,
        BigDecimal shippingAmount,
        BigDecimal discountAmount,
        BigDecimal totalAmount,
        String currency,
        Address billingAddress,
        Address shippingAddress,
        PaymentInfo paymentInfo,
        String notes,
        String source,
        String cancellationReason,
        Instant createdAt,
        Instant updatedAt) {

    public Order {
        items = List.copyOf(items);
    }

    public Charges charges() {
        return new Charges(taxAmount, shippingAmount, discountAmount);
    }

    /** Returns this order with new items and charges and every total recomputed. */
    public Order withPricing(List<OrderItem> newItems, Charges charges) {
        BigDecimal newSubtotal = newItems.stream().map(OrderItem::totalPrice).reduce(Money.ZERO, BigDecimal::add);
        BigDecimal total = newSubtotal
                .add(charges.taxAmount())
                .add(charges.shippingAmount())
                .subtract(charges.discountAmount());
        return new Order(
                id,
                orderNumber,
                customerId,
                customerEmail,
                status,
                newItems,
                newSubtotal,
                charges.taxAmount(),
                charges.shippingAmount(),
                charges.discountAmount(),
                total,
                currency,
                billingAddress,
                shippingAddress,
                paymentInfo,
                notes,
                source,
                cancellationReason,
                createdAt,
                updatedAt);
    }

    public Order withOrderNumber(String number) {
        return new Order(
                id,
                number,
                customerId,
                customerEmail,
                status,
                items,
                subtotal,
                taxAmount,
                shippingAmount,
                discountAmount,
                totalAmount,
                currency,
                billingAddress,
                shippingAddress,
                paymentInfo,
                notes,
                source,
                cancellationReason,
                createdAt,
                updatedAt);
    }

    /**
     * This order cancelled: the same order when it already is (cancelling is idempotent, as in the
     * Python service), a conflict once it has shipped, been delivered or refunded.
     */
    public Order cancel(String reason, Instant at) {
        if (status == OrderStatus.CANCELLED) {
            return this;
        }
        if (!status.isCancellable()) {
            throw new OrderStateConflictException(
                    "Order " + orderNumber + " is " + status.wireName() + " and cannot be cancelled");
        }
        return withStatus(OrderStatus.CANCELLED, reason, at);
    }

    public Order withStatus(OrderStatus newStatus, String reason, Instant at) {
        return new Order(
                id,
                orderNumber,
                customerId,
                customerEmail,
                newStatus,
                items,
                subtotal,
                taxAmount,
                shippingAmount,
                discountAmount,
                totalAmount,
                currency,
                billingAddress,
                shippingAddress,
                paymentInfo,
                notes,
                source,
                reason,
                createdAt,
                at);
    }

    public Order withContact(
            String email, Address billing, Address shipping, PaymentInfo payment, String newNotes, Instant at) {
        return new Order(
                id,
                orderNumber,
                customerId,
                email,
                status,
                items,
                subtotal,
                taxAmount,
                shippingAmount,
                discountAmount,
                totalAmount,
                currency,
                billing,
                shipping,
                payment,
                newNotes,
                source,
                cancellationReason,
                createdAt,
                at);
    }
}
