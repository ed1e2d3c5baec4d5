package com.ordermanagement.order.service;

import com.ordermanagement.order.domain.Address;
import com.ordermanagement.order.domain.Charges;
import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.PaymentInfo;
import com.ordermanagement.order.domain.PaymentStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What "the same request" means for an Idempotency-Key: a SHA-256 of the draft's fields written out
 * one by one, by name, in a fixed order, with amounts in their canonical form ({@code 5.990} is
 * {@code 5.99}). Not {@code toString()}: a field added to a record later must not change the
 * fingerprint of keys claimed before a deploy, or a client's retry across it would be refused.
 *
 * <p>Every component of every request record is named in one list below ({@link #PARTS}), or among
 * the few that are derived rather than sent ({@link #DERIVED}); {@code RequestFingerprintTest} checks
 * those lists against the records' components, so a field added to a request record fails the build
 * until it is fingerprinted. Version 1; a field added after version 1 is written only when it differs
 * from its default, so that the keys claimed before it keep their fingerprint.
 */
final class RequestFingerprint {

    /** One record component: its name in the record, and how it is written into the canonical text. */
    record Part<T>(String component, Writer<T> writer) {}

    @FunctionalInterface
    interface Writer<T> {
        void write(Canonical out, String prefix, T value);
    }

    private static final List<Part<OrderItem>> ITEM = List.of(
            value("productId", "product_id", OrderItem::productId),
            value("productName", "product_name", OrderItem::productName),
            value("quantity", "quantity", item -> Integer.toString(item.quantity())),
            value("unitPrice", "unit_price", item -> amount(item.unitPrice())));

    private static final List<Part<Charges>> CHARGES = List.of(
            value("taxAmount", "tax_amount", charges -> amount(charges.taxAmount())),
            value("shippingAmount", "shipping_amount", charges -> amount(charges.shippingAmount())),
            value("discountAmount", "discount_amount", charges -> amount(charges.discountAmount())));

    private static final List<Part<Address>> ADDRESS = List.of(
            value("street", "street", Address::street),
            value("city", "city", Address::city),
            value("state", "state", Address::state),
            value("postalCode", "postal_code", Address::postalCode),
            value("country", "country", Address::country));

    private static final List<Part<PaymentInfo>> PAYMENT = List.of(
            value("method", "method", payment -> payment.method().wireName()),
            value("lastFourDigits", "last_four_digits", PaymentInfo::lastFourDigits),
            addedLater(
                    "status",
                    "status",
                    payment -> payment.status() == PaymentStatus.PENDING
                            ? null
                            : payment.status().wireName()),
            addedLater("transactionId", "transaction_id", PaymentInfo::transactionId),
            addedLater("processor", "processor", PaymentInfo::processor));

    private static final List<Part<OrderDraft>> DRAFT = List.of(
            value("customerId", "customer_id", OrderDraft::customerId),
            value("customerEmail", "customer_email", OrderDraft::customerEmail),
            new Part<>("items", (out, prefix, draft) -> {
                for (int i = 0; i < draft.items().size(); i++) {
                    out.write("items[" + i + "].", ITEM, draft.items().get(i));
                }
            }),
            new Part<>("charges", (out, prefix, draft) -> out.write("", CHARGES, draft.charges())),
            value("currency", "currency", OrderDraft::currency),
            new Part<>(
                    "billingAddress",
                    (out, prefix, draft) -> out.writeOrNull("billing_address.", ADDRESS, draft.billingAddress())),
            new Part<>(
                    "shippingAddress",
                    (out, prefix, draft) -> out.writeOrNull("shipping_address.", ADDRESS, draft.shippingAddress())),
            new Part<>("paymentInfo", (out, prefix, draft) -> out.write("payment_info.", PAYMENT, draft.paymentInfo())),
            value("notes", "notes", OrderDraft::notes),
            value("source", "source", OrderDraft::source));

    /** Each request record with the components fingerprinted, for the test that keeps them complete. */
    static final Map<Class<? extends Record>, List<? extends Part<?>>> PARTS = Map.of(
            OrderDraft.class, DRAFT,
            OrderItem.class, ITEM,
            Charges.class, CHARGES,
            Address.class, ADDRESS,
            PaymentInfo.class, PAYMENT);

    /** Components the server derives from others; the client's value is never used. */
    static final Map<Class<? extends Record>, Set<String>> DERIVED = Map.of(OrderItem.class, Set.of("totalPrice"));

    private RequestFingerprint() {}

    static String of(OrderDraft draft) {
        Canonical canonical = new Canonical();
        canonical.write("", DRAFT, draft);
        return sha256(canonical.text.toString());
    }

    /** The canonical text being written. */
    static final class Canonical {
        private final StringBuilder text = new StringBuilder("v1");

        <T> void write(String prefix, List<Part<T>> parts, T value) {
            parts.forEach(part -> part.writer().write(this, prefix, value));
        }

        <T> void writeOrNull(String prefix, List<Part<T>> parts, T value) {
            if (value == null) {
                field(prefix, null);
            } else {
                write(prefix, parts, value);
            }
        }

        /** name, then the value's length, then the value: no value can imitate a field boundary. */
        void field(String name, String value) {
            text.append('\n').append(name).append('=');
            if (value == null) {
                text.append('-');
            } else {
                text.append(value.length()).append(':').append(value);
            }
        }
    }

    private static <T> Part<T> value(String component, String wireName, Function<T, String> value) {
        return new Part<>(component, (out, prefix, record) -> out.field(prefix + wireName, value.apply(record)));
    }

    /** A field of a later version: written only when set, so that earlier fingerprints stay valid. */
    private static <T> Part<T> addedLater(String component, String wireName, Function<T, String> value) {
        return new Part<>(component, (out, prefix, record) -> {
            String written = value.apply(record);
            if (written != null) {
                out.field(prefix + wireName, written);
            }
        });
    }

    private static String amount(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
