package com.ordermanagement.order.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.support.SampleOrders;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key claimed before a deploy must still match its retry after it: the fingerprint is pinned to a
 * fixed value, so any change to how it is computed (a field added to a record, a new field order)
 * fails here first instead of turning clients' retries into 422s.
 */
class RequestFingerprintTest {

    static final String PINNED = "8bc0ff379edcab5709a3c934d38c27401e07d61a011e6e8235a95e612618d6a5";

    @Test
    void theFingerprintOfAKnownRequestNeverChanges() {
        assertThat(RequestFingerprint.of(SampleOrders.draft("c1", "10.00"))).isEqualTo(PINNED);
    }

    @Test
    void amountsCompareByValueAndEveryFieldCounts() {
        OrderDraft draft = SampleOrders.draft("c1", "10.00");
        OrderDraft sameValue = withItems(draft, List.of(OrderItem.of("sku-1", "Widget", 2, new BigDecimal("10.0"))));
        OrderDraft otherQuantity =
                withItems(draft, List.of(OrderItem.of("sku-1", "Widget", 3, new BigDecimal("10.00"))));
        OrderDraft otherCustomer = SampleOrders.draft("c2", "10.00");

        assertThat(RequestFingerprint.of(sameValue)).isEqualTo(RequestFingerprint.of(draft));
        assertThat(RequestFingerprint.of(otherQuantity)).isNotEqualTo(RequestFingerprint.of(draft));
        assertThat(RequestFingerprint.of(otherCustomer)).isNotEqualTo(RequestFingerprint.of(draft));
    }

    private static OrderDraft withItems(OrderDraft draft, List<OrderItem> items) {
        return new OrderDraft(
                draft.customerId(),
                draft.customerEmail(),
                items,
                draft.charges(),
                draft.currency(),
                draft.billingAddress(),
                draft.shippingAddress(),
                draft.paymentInfo(),
                draft.notes(),
                draft.source());
    }
}
