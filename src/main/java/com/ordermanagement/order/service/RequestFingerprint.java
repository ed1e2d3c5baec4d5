package com.ordermanagement.order.service;

import com.ordermanagement.order.domain.Address;
import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.PaymentInfo;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What "the same request" means for an Idempotency-Key: a SHA-256 of the draft's fields written out
 * one by one, by name, in a fixed order, with amounts in their canonical form ({@code 5.990} is
 * {@code 5.99}). Not {@code toString()}: a field added to a record later must not change the
 * fingerprint of keys claimed before a deploy, or a client's retry across it would be refused.
 * Version 1; a field added to the request is appended here only when it is set.
 */
final class RequestFingerprint {

    private RequestFingerprint() {}

    static String of(OrderDraft draft) {
        StringBuilder canonical = new StringBuilder("v1");
        field(canonical, "customer_id", draft.customerId());
        field(canonical, "customer_email", draft.customerEmail());
        for (int i = 0; i < draft.items().size(); i++) {
            OrderItem item = draft.items().get(i);
            String prefix = "items[" + i + "].";
            field(canonical, prefix + "product_id", item.productId());
            field(canonical, prefix + "product_name", item.productName());
            field(canonical, prefix + "quantity", Integer.toString(item.quantity()));
            field(canonical, prefix + "unit_price", amount(item.unitPrice()));
        }
        field(canonical, "tax_amount", amount(draft.charges().taxAmount()));
        field(canonical, "shipping_amount", amount(draft.charges().shippingAmount()));
        field(canonical, "discount_amount", amount(draft.charges().discountAmount()));
        field(canonical, "currency", draft.currency());
        address(canonical, "billing_address.", draft.billingAddress());
        address(canonical, "shipping_address.", draft.shippingAddress());
        PaymentInfo payment = draft.paymentInfo();
        field(canonical, "payment_info.method", payment.method().wireName());
        field(canonical, "payment_info.last_four_digits", payment.lastFourDigits());
        field(canonical, "notes", draft.notes());
        field(canonical, "source", draft.source());
        return sha256(canonical.toString());
    }

    private static void address(StringBuilder canonical, String prefix, Address address) {
        if (address == null) {
            field(canonical, prefix, null);
            return;
        }
        field(canonical, prefix + "street", address.street());
        field(canonical, prefix + "city", address.city());
        field(canonical, prefix + "state", address.state());
        field(canonical, prefix + "postal_code", address.postalCode());
        field(canonical, prefix + "country", address.country());
    }

    /** name, then the value's length, then the value: no value can imitate a field boundary. */
    private static void field(StringBuilder canonical, String name, String value) {
        canonical.append('\n').append(name).append('=');
        if (value == null) {
            canonical.append('-');
        } else {
            canonical.append(value.length()).append(':').append(value);
        }
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
