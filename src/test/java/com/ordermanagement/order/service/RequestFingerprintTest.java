package com.ordermanagement.order.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.order.domain.OrderDraft;
import com.ordermanagement.order.domain.OrderItem;
import com.ordermanagement.order.domain.PaymentInfo;
import com.ordermanagement.order.domain.PaymentStatus;
import com.ordermanagement.support.SampleOrders;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @Test
    void everyComponentOfEveryRequestRecordIsFingerprintedOrDerived() {
        Set<Class<?>> reached = new HashSet<>();
        collectRecords(OrderDraft.class, reached);

        assertThat(new HashSet<Class<?>>(RequestFingerprint.PARTS.keySet()))
                .as("every record a draft is made of has its list of parts")
                .containsExactlyInAnyOrderElementsOf(reached);
        RequestFingerprint.PARTS.forEach((type, parts) -> {
            Set<String> covered = new HashSet<>(RequestFingerprint.DERIVED.getOrDefault(type, Set.of()));
            parts.forEach(part -> covered.add(part.component()));
            assertThat(covered)
                    .as("components of %s", type.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getName)
                            .toList());
        });
    }

    @Test
    void everyPaymentDetailCountsButDefaultsKeepTheFingerprintsOfEarlierKeys() {
        OrderDraft draft = SampleOrders.draft("c1", "10.00");
        PaymentInfo payment = draft.paymentInfo();

        assertThat(RequestFingerprint.of(
                        withPayment(draft, new PaymentInfo(payment.method(), payment.status(), "4242", "txn-1", null))))
                .isNotEqualTo(PINNED);
        assertThat(RequestFingerprint.of(withPayment(
                        draft, new PaymentInfo(payment.method(), payment.status(), "4242", null, "stripe"))))
                .isNotEqualTo(PINNED);
        assertThat(RequestFingerprint.of(withPayment(
                        draft, new PaymentInfo(payment.method(), PaymentStatus.AUTHORIZED, "4242", null, null))))
                .isNotEqualTo(PINNED);
        assertThat(RequestFingerprint.of(
                        withPayment(draft, new PaymentInfo(payment.method(), payment.status(), "4242", "txn-1", null))))
                .isNotEqualTo(RequestFingerprint.of(withPayment(
                        draft, new PaymentInfo(payment.method(), payment.status(), "4242", null, "txn-1"))));
    }

    /** The records a draft is made of, following record components and lists of records. */
    private static void collectRecords(Class<?> type, Set<Class<?>> reached) {
        if (!type.isRecord() || !reached.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            collectRecords(component.getType(), reached);
            if (component.getGenericType() instanceof ParameterizedType generic) {
                for (Type argument : generic.getActualTypeArguments()) {
                    if (argument instanceof Class<?> element) {
                        collectRecords(element, reached);
                    }
                }
            }
        }
    }

    private static OrderDraft withPayment(OrderDraft draft, PaymentInfo payment) {
        return new OrderDraft(
                draft.customerId(),
                draft.customerEmail(),
                draft.items(),
                draft.charges(),
                draft.currency(),
                draft.billingAddress(),
                draft.shippingAddress(),
                payment,
                draft.notes(),
                draft.source());
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
