package com.ordermanagement.order.service;

import static com.ordermanagement.support.SampleOrders.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderChanges;
import com.ordermanagement.order.domain.OrderNumber;
import com.ordermanagement.order.domain.OrderStateConflictException;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.IdempotencyClaim;
import com.ordermanagement.order.store.embedded.EmbeddedIdempotencyStore;
import com.ordermanagement.order.store.embedded.EmbeddedOrderStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderServiceTest {

    private static final OrderMetrics METRICS =
            new OrderMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T09:30:00.123456789Z"), ZoneOffset.UTC);
    private final EmbeddedOrderStore store = new EmbeddedOrderStore();
    private final EmbeddedIdempotencyStore idempotency = new EmbeddedIdempotencyStore();

    @Test
    void aNumberThatIsTakenIsDrawnAgain() {
        OrderService service = new OrderService(
                store,
                idempotency,
                clock,
                scripted("ORD-20260301-AAAAAA", "ORD-20260301-AAAAAA", "ORD-20260301-BBBBBB"),
                METRICS);

        Order first = service.create(draft("c1", "1.00"), null).stored().order();
        Order second = service.create(draft("c2", "1.00"), null).stored().order();

        assertThat(first.orderNumber()).isEqualTo("ORD-20260301-AAAAAA");
        assertThat(second.orderNumber()).isEqualTo("ORD-20260301-BBBBBB");
    }

    @Test
    void creationGivesUpAfterRepeatedCollisionsInsteadOfLooping() {
        OrderService service = new OrderService(store, idempotency, clock, scripted("ORD-20260301-AAAAAA"), METRICS);
        service.create(draft("c1", "1.00"), null);

        assertThatThrownBy(() -> service.create(draft("c2", "1.00"), null)).isInstanceOf(IllegalStateException.class);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void timestampsComeFromTheClockToTheMicrosecond() {
        OrderService service = new OrderService(store, idempotency, clock, new OrderNumber(), METRICS);

        Order order = service.create(draft("c1", "1.00"), null).stored().order();

        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-03-01T09:30:00.123456Z"));
        assertThat(order.orderNumber()).startsWith("ORD-20260301-");
    }

    @Test
    void aClaimedKeyWhoseOrderWasNeverStoredIsCompletedUnderTheClaimedId() {
        OrderService service = new OrderService(store, idempotency, clock, new OrderNumber(), METRICS);
        var draft = draft("c1", "1.00");
        // A first attempt claimed the key and died before it stored its order.
        idempotency.claim(new IdempotencyClaim("k", fingerprintOf(draft), "claimed-id", "c1"));

        CreatedOrder completed = service.create(draft, "k");

        assertThat(completed.stored().order().id()).isEqualTo("claimed-id");
        assertThat(completed.replayed()).isFalse();
        assertThat(service.create(draft, "k").replayed()).isTrue();
        assertThat(store.size()).isEqualTo(1);
        assertThatThrownBy(() -> service.create(draft("c1", "2.00"), "k"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void cancellingTwiceChangesNothingAndCancellingAfterShippingIsAConflict() {
        OrderService service = new OrderService(store, idempotency, clock, new OrderNumber(), METRICS);
        Order order = service.create(draft("c1", "1.00"), null).stored().order();
        Order shipped = service.create(draft("c1", "2.00"), null).stored().order();
        for (OrderStatus next : List.of(OrderStatus.CONFIRMED, OrderStatus.PROCESSING, OrderStatus.SHIPPED)) {
            service.update(shipped.id(), "c1", changes(next), null);
        }

        StoredOrder first = service.cancel(order.id(), "c1", "no longer needed", null);
        StoredOrder second = service.cancel(order.id(), "c1", "another reason", null);

        assertThat(second).isEqualTo(first);
        assertThat(service.get(order.id(), null).order().cancellationReason()).isEqualTo("no longer needed");
        assertThatThrownBy(() -> service.cancel(shipped.id(), "c1", null, null))
                .isInstanceOf(OrderStateConflictException.class)
                .hasMessageContaining("shipped");
    }

    @Test
    void aStaleIfMatchIsRefusedBeforeAnyRuleRuns() {
        OrderService service = new OrderService(store, idempotency, clock, new OrderNumber(), METRICS);
        StoredOrder created = service.create(draft("c1", "1.00"), null).stored();
        service.update(created.order().id(), "c1", changes(OrderStatus.CONFIRMED), null);

        assertThatThrownBy(() ->
                        service.update(created.order().id(), "c1", changes(OrderStatus.PROCESSING), created.etag()))
                .isInstanceOf(StaleOrderException.class);
        assertThat(service.update(created.order().id(), "c1", changes(OrderStatus.PROCESSING), "*")
                        .order()
                        .status())
                .isEqualTo(OrderStatus.PROCESSING);
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() {
        OrderService service = new OrderService(store, idempotency, clock, new OrderNumber(), METRICS);
        StoredOrder created = service.create(draft("c1", "1.00"), null).stored();

        StoredOrder same = service.update(created.order().id(), "c1", changes(null), null);

        assertThat(same).isEqualTo(created);
    }

    @Test
    void missingOrdersAreNotFoundForEveryOperation() {
        OrderService service = new OrderService(store, idempotency, clock, new OrderNumber(), METRICS);

        assertThatThrownBy(() -> service.get("nope", null)).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> service.update("nope", "c", changes(null), null))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> service.cancel("nope", "c", null, null)).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> service.delete("nope", "c", null)).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> service.getByNumber("ORD-20260301-ZZZZZZ")).isInstanceOf(OrderNotFoundException.class);
    }

    private static OrderChanges changes(OrderStatus status) {
        return new OrderChanges(null, null, null, null, null, status, null, null, null, null);
    }

    /** The fingerprint the service records for a draft, read back from a scratch store. */
    private static String fingerprintOf(com.ordermanagement.order.domain.OrderDraft draft) {
        return RequestFingerprint.of(draft);
    }

    /** Hands out the given numbers in order, repeating the last one. */
    private static OrderNumber scripted(String... numbers) {
        Deque<String> queue = new ArrayDeque<>(List.of(numbers));
        return new OrderNumber() {
            @Override
            public String next(Instant createdAt) {
                return queue.size() > 1 ? queue.poll() : queue.peek();
            }
        };
    }
}
