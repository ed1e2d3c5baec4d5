package com.ordermanagement.order.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.common.problem.FieldProblem;
import com.ordermanagement.support.SampleOrders;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderPricingTest {

    private static final Instant NOW = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void totalsFollowTheReferenceExample() {
        OrderDraft draft = new OrderDraft(
                "cust_123",
                "john.doe@example.com",
                List.of(OrderItem.of("prod_456", "Premium Widget", 2, new BigDecimal("29.99"))),
                new Charges(new BigDecimal("5.99"), new BigDecimal("9.99"), null),
                "USD",
                null,
                null,
                null,
                null,
                "api");

        Order order = draft.toOrder("id", "ORD-20260201-AAAAAA", NOW);

        assertThat(order.items().get(0).totalPrice()).hasToString("59.98");
        assertThat(order.subtotal()).hasToString("59.98");
        assertThat(order.discountAmount()).hasToString("0.00");
        assertThat(order.totalAmount()).hasToString("75.96");
    }

    @Test
    void seededRandomOrdersAlwaysAddUpExactlyInCents() {
        Random random = new Random(20260201);
        for (int run = 0; run < 500; run++) {
            int lines = 1 + random.nextInt(5);
            List<OrderItem> items = new java.util.ArrayList<>();
            long expectedCents = 0;
            for (int i = 0; i < lines; i++) {
                int quantity = 1 + random.nextInt(1000);
                long unitCents = random.nextInt(100_000_000);
                items.add(OrderItem.of("p" + i, "P", quantity, BigDecimal.valueOf(unitCents, 2)));
                expectedCents += quantity * unitCents;
            }
            long tax = random.nextInt(100_000);
            long shipping = random.nextInt(10_000);
            long discount = (long) (random.nextDouble() * (expectedCents + tax + shipping));
            Order order = new OrderDraft(
                            "c",
                            "e@x.io",
                            items,
                            new Charges(
                                    BigDecimal.valueOf(tax, 2),
                                    BigDecimal.valueOf(shipping, 2),
                                    BigDecimal.valueOf(discount, 2)),
                            "USD",
                            null,
                            null,
                            null,
                            null,
                            "api")
                    .toOrder("id", "ORD-20260201-AAAAAA", NOW);

            assertThat(order.subtotal()).isEqualTo(BigDecimal.valueOf(expectedCents, 2));
            assertThat(order.totalAmount()).isEqualTo(BigDecimal.valueOf(expectedCents + tax + shipping - discount, 2));
            assertThat(order.totalAmount().scale()).isEqualTo(2);
        }
    }

    @Test
    void aDiscountBeyondTheOrderIsARuleViolation() {
        OrderDraft draft = new OrderDraft(
                "c",
                "e@x.io",
                List.of(OrderItem.of("p", "P", 1, new BigDecimal("1.00"))),
                new Charges(null, null, new BigDecimal("1.01")),
                "USD",
                null,
                null,
                null,
                null,
                "api");

        assertThatThrownBy(() -> draft.toOrder("id", "ORD-20260201-AAAAAA", NOW))
                .isInstanceOf(OrderRuleViolationException.class)
                .satisfies(e -> assertThat(((OrderRuleViolationException) e).problems())
                        .extracting(FieldProblem::field)
                        .containsExactly("discount_amount"));
    }

    @Test
    void repricingKeepsChargesThatAreNotChanged() {
        Order order = SampleOrders.order("c", "ORD-20260201-AAAAAA", NOW);
        OrderChanges newItems = new OrderChanges(
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(OrderItem.of("x", "X", 3, new BigDecimal("2.00"))),
                null,
                null,
                new BigDecimal("0.50"));

        Order changed = newItems.applyTo(order, NOW.plusSeconds(5));

        assertThat(changed.subtotal()).hasToString("6.00");
        assertThat(changed.taxAmount()).isEqualTo(order.taxAmount());
        assertThat(changed.totalAmount()).hasToString("11.99");
        assertThat(changed.updatedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void orderNumbersAreThePythonServicesDayAndEightUpperCaseHexDigits() {
        String number = new OrderNumber().next(Instant.parse("2026-12-31T23:59:59Z"));

        assertThat(number).matches("ORD-20261231-[0-9A-F]{8}");
        assertThat(OrderNumber.couldExist(number)).isTrue();
        assertThat(OrderNumber.couldExist("ORD-20260121-ABC123"))
                .as("an earlier six-character number")
                .isTrue();
        assertThat(OrderNumber.couldExist("ORD/../x")).isFalse();
        assertThat(OrderNumber.couldExist("")).isFalse();
        assertThat(OrderNumber.couldExist(null)).isFalse();
    }

    @Test
    void amountsWithMoreThanTwoDecimalsAreNeverSilentlyRounded() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
        assertThat(Money.of(null)).hasToString("0.00");
        assertThat(Money.of(new BigDecimal("7"))).hasToString("7.00");
    }
}
