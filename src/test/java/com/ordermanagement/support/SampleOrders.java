package com.ordermanagement.support;

import com.ordermanagement.order.domain.Address;
import com.ordermanagement.order.domain.Charges;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.PaymentInfo;
import com.ordermanagement.order.domain.PaymentMethod;
import com.ordermanagement.order.domain.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Domain orders for store and service tests. */
public final class SampleOrders {

    private SampleOrders() {}

    public static OrderDraft draft(String customerId, String unitPrice) {
        return new OrderDraft(
                customerId,
                "buyer@example.com",
                List.of(OrderItem.of("sku-1", "Widget", 2, new BigDecimal(unitPrice))),
                new Charges(new BigDecimal("1.50"), new BigDecimal("4.99"), null),
                "USD",
                new Address("1 Main St", "Seattle", "WA", "98101", "US"),
                null,
                new PaymentInfo(PaymentMethod.CREDIT_CARD, PaymentStatus.PENDING, "4242", null, null),
                null,
                "api");
    }

    public static Order order(String customerId, String orderNumber, Instant createdAt) {
        return draft(customerId, "10.00").toOrder(UUID.randomUUID().toString(), orderNumber, createdAt);
    }

    /** A syntactically valid order number made unique by a counter. */
    public static String number(int sequence) {
        return "ORD-20260115-" + String.format("%06d", sequence).replace('0', 'A');
    }
}
