package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.cosmos.CosmosTimestamps;
import com.ordermanagement.order.domain.Address;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.PaymentInfo;
import com.ordermanagement.order.domain.PaymentMethod;
import com.ordermanagement.order.domain.PaymentStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Converts between orders and their Cosmos documents in the Python service's layout. */
public final class OrderDocumentMapper {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private OrderDocumentMapper() {}

    public static OrderDocument toDocument(Order order) {
        OrderDocument document = new OrderDocument();
        document.id = order.id();
        document.partitionKey = order.customerId();
        document.orderNumber = order.orderNumber();
        document.customerId = order.customerId();
        document.customerEmail = order.customerEmail();
        document.status = order.status().wireName();
        document.items = order.items().stream()
                .map(item -> new ItemDocument(
                        item.productId(), item.productName(), item.quantity(), item.unitPrice(), item.totalPrice()))
                .toList();
        document.subtotal = order.subtotal();
        document.taxAmount = order.taxAmount();
        document.shippingAmount = order.shippingAmount();
        document.discountAmount = order.discountAmount();
        document.totalAmount = order.totalAmount();
        document.currency = order.currency();
        document.billingAddress = toDocument(order.billingAddress());
        document.shippingAddress = toDocument(order.shippingAddress());
        document.paymentInfo = toDocument(order.paymentInfo());
        document.notes = order.notes();
        document.source = order.source();
        document.cancellationReason = order.cancellationReason();
        document.createdAt = CosmosTimestamps.format(order.createdAt());
        document.updatedAt = CosmosTimestamps.format(order.updatedAt());
        document.createdDay = DAY.format(order.createdAt());
        return document;
    }

    public static Order toOrder(OrderDocument document) {
        List<OrderItem> items = document.items == null
                ? List.of()
                : document.items.stream()
                        .map(item -> new OrderItem(
                                item.productId(),
                                item.productName(),
                                item.quantity(),
                                cents(item.unitPrice()),
                                cents(item.totalPrice())))
                        .toList();
        return new Order(
                document.id,
                document.orderNumber,
                document.customerId != null ? document.customerId : document.partitionKey,
                document.customerEmail,
                document.status != null ? OrderStatus.fromWireName(document.status) : OrderStatus.PENDING,
                items,
                cents(document.subtotal),
                cents(document.taxAmount),
                cents(document.shippingAmount),
                cents(document.discountAmount),
                cents(document.totalAmount),
                document.currency != null ? document.currency : "USD",
                toAddress(document.billingAddress),
                toAddress(document.shippingAddress),
                toPaymentInfo(document.paymentInfo),
                document.notes,
                document.source != null ? document.source : "api",
                document.cancellationReason,
                CosmosTimestamps.parse(document.createdAt),
                CosmosTimestamps.parse(document.updatedAt));
    }

    /**
     * The Python service stored floats, so a stored amount can carry binary noise such as
     * 59.980000000000004; it is brought back to cents, half-even, as the nearest representable amount.
     */
    static BigDecimal cents(BigDecimal amount) {
        return amount == null ? new BigDecimal("0.00") : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static AddressDocument toDocument(Address address) {
        return address == null
                ? null
                : new AddressDocument(
                        address.street(), address.city(), address.state(), address.postalCode(), address.country());
    }

    private static Address toAddress(AddressDocument document) {
        return document == null
                ? null
                : new Address(
                        document.street(),
                        document.city(),
                        document.state(),
                        document.postalCode(),
                        document.country() != null ? document.country() : "US");
    }

    private static PaymentDocument toDocument(PaymentInfo payment) {
        return payment == null
                ? null
                : new PaymentDocument(
                        payment.method() != null ? payment.method().wireName() : null,
                        payment.status().wireName(),
                        payment.lastFourDigits(),
                        payment.transactionId(),
                        payment.processor());
    }

    private static PaymentInfo toPaymentInfo(PaymentDocument document) {
        if (document == null) {
            return null;
        }
        return new PaymentInfo(
                document.method() != null ? PaymentMethod.fromWireName(document.method()) : null,
                document.status() != null ? PaymentStatus.fromWireName(document.status()) : PaymentStatus.PENDING,
                document.lastFourDigits(),
                document.transactionId(),
                document.processor());
    }
}
