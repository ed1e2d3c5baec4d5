package com.ordermanagement.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
        @Nullable Address shippingAddress,
        PaymentInfo paymentInfo,
        @Nullable String notes,
        String source,
        @Nullable String cancellationReason,
        Instant createdAt,
        @Nullable Instant updatedAt) {

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
        return copy(copy -> {
            copy.items = newItems;
            copy.subtotal = newSubtotal;
            copy.taxAmount = charges.taxAmount();
            copy.shippingAmount = charges.shippingAmount();
            copy.discountAmount = charges.discountAmount();
            copy.totalAmount = total;
        });
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
        return copy(copy -> {
            copy.status = newStatus;
            copy.cancellationReason = reason;
            copy.updatedAt = at;
        });
    }

    public Order withContact(
            String email, Address billing, Address shipping, PaymentInfo payment, String newNotes, Instant at) {
        return copy(copy -> {
            copy.customerEmail = email;
            copy.billingAddress = billing;
            copy.shippingAddress = shipping;
            copy.paymentInfo = payment;
            copy.notes = newNotes;
            copy.updatedAt = at;
        });
    }

    /** The one place that copies all twenty fields: each {@code with…} method names only what it changes. */
    private Order copy(Consumer<Copy> changes) {
        Copy copy = new Copy(this);
        changes.accept(copy);
        return copy.build();
    }

    /** The fields of an order being copied, changed in place before the new record is built. */
    private static final class Copy {
        private final String id;
        private final String customerId;
        private final String currency;
        private final String source;
        private final Instant createdAt;
        private String orderNumber;
        private String customerEmail;
        private OrderStatus status;
        private List<OrderItem> items;
        private BigDecimal subtotal;
        private BigDecimal taxAmount;
        private BigDecimal shippingAmount;
        private BigDecimal discountAmount;
        private BigDecimal totalAmount;
        private Address billingAddress;
        private Address shippingAddress;
        private PaymentInfo paymentInfo;
        private String notes;
        private String cancellationReason;
        private Instant updatedAt;

        Copy(Order order) {
            id = order.id;
            orderNumber = order.orderNumber;
            customerId = order.customerId;
            customerEmail = order.customerEmail;
            status = order.status;
            items = order.items;
            subtotal = order.subtotal;
            taxAmount = order.taxAmount;
            shippingAmount = order.shippingAmount;
            discountAmount = order.discountAmount;
            totalAmount = order.totalAmount;
            currency = order.currency;
            billingAddress = order.billingAddress;
            shippingAddress = order.shippingAddress;
            paymentInfo = order.paymentInfo;
            notes = order.notes;
            source = order.source;
            cancellationReason = order.cancellationReason;
            createdAt = order.createdAt;
            updatedAt = order.updatedAt;
        }

        Order build() {
            return new Order(
                    id,
                    orderNumber,
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
    }
}
