package com.ordermanagement.order.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The edits of an update request; null fields stay as they are, and the two clearable ones
 * ({@code shippingAddress}, {@code notes}) are cleared by an empty {@link Optional}. Items and amounts
 * may change only while the order is pending, and the status only along
 * {@link OrderStatus#canTransitionTo}; {@code cancelled} cancels a cancellable order as the cancel
 * endpoint does, and leaves a cancelled one as it is.
 */
public record OrderChanges(
        String customerEmail,
        Address billingAddress,
        Optional<Address> shippingAddress,
        PaymentChanges paymentInfo,
        Optional<String> notes,
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
                shippingAddress != null ? shippingAddress.orElse(null) : order.shippingAddress(),
                paymentInfo != null ? paymentInfo.applyTo(order.paymentInfo()) : order.paymentInfo(),
                notes != null ? notes.orElse(null) : order.notes(),
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
                changed = changed.cancel(null, changed.updatedAt());
            } else if (!order.status().canTransitionTo(status)) {
                throw new OrderStateConflictException(
                        "An order cannot go from " + order.status().wireName() + " to " + status.wireName());
            } else {
                changed = changed.withStatus(status, changed.cancellationReason(), changed.updatedAt());
            }
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
