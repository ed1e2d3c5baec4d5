package com.ordermanagement.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The edits of an update request; null fields stay as they are. Items and amounts may change only
 * while the order is pending, and the status only along {@link OrderStatus#canTransitionTo}.
 */
public record OrderChanges(
        String customerEmail,
        Address billingAddress,
        Address shippingAddress,
        PaymentChanges paymentInfo,
        String notes,
        OrderStatus status,
        List<OrderItem> items,
        BigDecimal taxAmount,
        BigDecimal shippingAmount,
        BigDecimal discountAmount) {

    /** Applies the edits; returns the same order (equal, same updated_at) when nothing changes. */
    public Order applyTo(Order order, Instant now) {
        Order changed = order.withContact(
                customerEmail != null ? customerEmail : order.customerEmail(),
                billingAddress != null ? billingAddress : order.billingAddress(),
                shippingAddress != null ? shippingAddress : order.shippingAddress(),
                paymentInfo != null ? paymentInfo.applyTo(order.paymentInfo()) : order.paymentInfo(),
                notes != null ? notes : order.notes(),
                order.updatedAt());
        if (changesPricing()) {
            if (order.status() != OrderStatus.PENDING) {
                throw new OrderStateConflictException(
                        "Items and amounts can change only while the order is pending; it is "
                                + order.status().wireName());
            }
            Charges current = order.charges();
            Charges charges = new Charges(
                    taxAmount != null ? taxAmount : current.taxAmount(),
                    shippingAmount != null ? shippingAmount : current.shippingAmount(),
                    discountAmount != null ? discountAmount : current.discountAmount());
            changed = OrderDraft.requireNonNegativeTotal(
                    changed.withPricing(items != null ? items : order.items(), charges));
        }
        if (status != null && status != order.status()) {
            if (status == OrderStatus.CANCELLED) {
                throw new OrderStateConflictException("Orders are cancelled through POST /api/v1/orders/{id}/cancel");
            }
            if (!order.status().canTransitionTo(status)) {
                throw new OrderStateConflictException(
                        "An order cannot go from " + order.status().wireName() + " to " + status.wireName());
            }
            changed = changed.withStatus(status, changed.cancellationReason(), changed.updatedAt());
        }
        if (changed.equals(order)) {
            return order;
        }
        return changed.withStatus(changed.status(), changed.cancellationReason(), now);
    }

    private boolean changesPricing() {
        return items != null || taxAmount != null || shippingAmount != null || discountAmount != null;
    }
}
