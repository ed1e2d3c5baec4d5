package com.ordermanagement.order.domain;

import static com.ordermanagement.order.domain.OrderStatus.CANCELLED;
import static com.ordermanagement.order.domain.OrderStatus.CONFIRMED;
import static com.ordermanagement.order.domain.OrderStatus.DELIVERED;
import static com.ordermanagement.order.domain.OrderStatus.PENDING;
import static com.ordermanagement.order.domain.OrderStatus.PROCESSING;
import static com.ordermanagement.order.domain.OrderStatus.REFUNDED;
import static com.ordermanagement.order.domain.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            PENDING, EnumSet.of(CONFIRMED, CANCELLED),
            CONFIRMED, EnumSet.of(PROCESSING, CANCELLED),
            PROCESSING, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.of(REFUNDED),
            CANCELLED, EnumSet.noneOf(OrderStatus.class),
            REFUNDED, EnumSet.noneOf(OrderStatus.class));

    @Test
    void everyPairOfStatusesFollowsTheStatusFlow() {
        for (OrderStatus from : OrderStatus.values()) {
            for (OrderStatus to : OrderStatus.values()) {
                assertThat(from.canTransitionTo(to))
                        .as(from + " → " + to)
                        .isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyOrdersBeforeShippingAreCancellable() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(OrderStatus::isCancellable))
                .containsExactlyInAnyOrder(PENDING, CONFIRMED, PROCESSING);
    }

    @Test
    void cancelledAndRefundedOrdersAreNotRevenue() {
        assertThat(EnumSet.allOf(OrderStatus.class).stream().filter(s -> !s.countsAsRevenue()))
                .containsExactlyInAnyOrder(CANCELLED, REFUNDED);
    }

    @Test
    void wireNamesAreLowerCaseAndUnknownNamesAreRefused() {
        assertThat(OrderStatus.fromWireName("shipped")).isEqualTo(SHIPPED);
        assertThat(SHIPPED.wireName()).isEqualTo("shipped");
        assertThatThrownBy(() -> OrderStatus.fromWireName("SHIPPED")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentMethod.fromWireName("apple_pay")).isEqualTo(PaymentMethod.APPLE_PAY);
        assertThatThrownBy(() -> PaymentMethod.fromWireName("cash")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PaymentStatus.fromWireName("refunded")).isEqualTo(PaymentStatus.REFUNDED);
        assertThatThrownBy(() -> PaymentStatus.fromWireName("lost")).isInstanceOf(IllegalArgumentException.class);
    }
}
