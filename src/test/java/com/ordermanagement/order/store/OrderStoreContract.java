package com.ordermanagement.order.store;

import static com.ordermanagement.support.SampleOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OrderStore} adapter promises. Each adapter's test extends this class and hands in
 * its store; the same assertions then hold for the embedded store and for Cosmos DB.
 */
public abstract class OrderStoreContract {

    private static final Instant BASE = Instant.parse("2026-01-15T12:00:00Z");

    protected abstract OrderStore store();

    String customer;

    @BeforeEach
    void newCustomer() {
        customer = "contract-" + UUID.randomUUID();
    }

    @Test
    void aCreatedOrderIsFoundByIdWithAndWithoutCustomerAndByNumber() {
        Order order = order(customer, uniqueNumber(), BASE);

        StoredOrder created = store().create(order);

        assertThat(created.order()).isEqualTo(order);
        assertThat(created.etag()).isNotBlank();
        assertThat(store().find(order.id(), customer)).contains(created);
        assertThat(store().find(order.id(), null)).contains(created);
        assertThat(store().findByNumber(order.orderNumber())).contains(created);
        assertThat(store().find(order.id(), "another-customer")).isEmpty();
        assertThat(store().findByNumber(uniqueNumber())).isEmpty();
    }

    @Test
    void anOrderNumberIsHeldByOneOrderAcrossAllCustomers() {
        String number = uniqueNumber();
        StoredOrder first = store().create(order(customer, number, BASE));

        assertThatThrownBy(() -> store().create(order("someone-else-" + UUID.randomUUID(), number, BASE)))
                .isInstanceOf(OrderNumberTakenException.class);
        assertThat(store().findByNumber(number)).contains(first);
    }

    @Test
    void aSecondOrderWithTheSameIdForTheSameCustomerIsRefusedAndLeavesItsNumberFree() {
        Order first = order(customer, uniqueNumber(), BASE);
        store().create(first);
        Order sameId = new Order(
                first.id(),
                uniqueNumber(),
                customer,
                first.customerEmail(),
                first.status(),
                first.items(),
                first.subtotal(),
                first.taxAmount(),
                first.shippingAmount(),
                first.discountAmount(),
                first.totalAmount(),
                first.currency(),
                first.billingAddress(),
                first.shippingAddress(),
                first.paymentInfo(),
                first.notes(),
                first.source(),
                null,
                BASE,
                null);

        assertThatThrownBy(() -> store().create(sameId)).isInstanceOf(OrderAlreadyExistsException.class);
        assertThat(store().findByNumber(sameId.orderNumber())).isEmpty();
        store().create(order(customer, sameId.orderNumber(), BASE));
    }

    @Test
    void twoCustomersMayHoldTheSameOrderIdAsInCosmosPartitions() {
        Order mine = order(customer, uniqueNumber(), BASE);
        String other = "other-" + UUID.randomUUID();
        Order theirs = new Order(
                mine.id(),
                uniqueNumber(),
                other,
                mine.customerEmail(),
                mine.status(),
                mine.items(),
                mine.subtotal(),
                mine.taxAmount(),
                mine.shippingAmount(),
                mine.discountAmount(),
                mine.totalAmount(),
                mine.currency(),
                mine.billingAddress(),
                mine.shippingAddress(),
                mine.paymentInfo(),
                mine.notes(),
                mine.source(),
                null,
                BASE,
                null);
        StoredOrder first = store().create(mine);
        StoredOrder second = store().create(theirs);

        assertThat(store().find(mine.id(), customer)).contains(first);
        assertThat(store().find(mine.id(), other)).contains(second);
        store().delete(mine, null);
        assertThat(store().find(mine.id(), null)).contains(second);
        assertThat(store().findByNumber(theirs.orderNumber())).contains(second);
    }

    @Test
    void replaceNeedsTheCurrentEtagAndHandsOutANewOne() {
        StoredOrder created = store().create(order(customer, uniqueNumber(), BASE));
        Order confirmed = created.order().withStatus(OrderStatus.CONFIRMED, null, BASE.plusSeconds(60));

        StoredOrder replaced = store().replace(confirmed, created.etag());

        assertThat(replaced.order()).isEqualTo(confirmed);
        assertThat(replaced.etag()).isNotEqualTo(created.etag());
        assertThat(store().find(confirmed.id(), customer)).contains(replaced);
        assertThatThrownBy(() -> store().replace(confirmed, created.etag()))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> store().replace(order(customer, uniqueNumber(), BASE), "\"whatever\""))
                .isInstanceOf(OrderGoneException.class);
    }

    @Test
    void deleteChecksTheEtagWhenGivenAndFreesTheNumber() {
        StoredOrder created = store().create(order(customer, uniqueNumber(), BASE));
        StoredOrder changed =
                store().replace(created.order().withStatus(OrderStatus.CONFIRMED, null, BASE), created.etag());

        assertThatThrownBy(() -> store().delete(changed.order(), created.etag()))
                .isInstanceOf(VersionConflictException.class);
        store().delete(changed.order(), changed.etag());

        assertThat(store().find(created.order().id(), customer)).isEmpty();
        assertThat(store().findByNumber(created.order().orderNumber())).isEmpty();
        assertThatThrownBy(() -> store().delete(changed.order(), null)).isInstanceOf(OrderGoneException.class);
        store().create(order(customer, created.order().orderNumber(), BASE));
    }

    @Test
    void listingsAreNewestFirstAndPagesNeverOverlapWhetherByOffsetOrToken() {
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(
                    0,
                    store().create(order(customer, uniqueNumber(), BASE.plusSeconds(i)))
                            .order()
                            .id());
        }

        List<String> byOffset = new ArrayList<>();
        for (int offset = 0; offset < 5; offset += 2) {
            OrderSlice slice = store().list(new OrderListQuery(customer, null, offset, 2, null));
            assertThat(slice.totalCount()).isEqualTo(5);
            assertThat(slice.offset()).isEqualTo(offset);
            slice.orders().forEach(stored -> byOffset.add(stored.order().id()));
        }
        List<String> byToken = new ArrayList<>();
        String token = null;
        do {
            OrderSlice slice = store().list(new OrderListQuery(customer, null, 0, 2, token));
            slice.orders().forEach(stored -> byToken.add(stored.order().id()));
            token = slice.nextContinuationToken();
        } while (token != null);

        assertThat(byOffset).containsExactlyElementsOf(newestFirst);
        assertThat(byToken).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void statusAndCustomerFiltersScopeBothOrdersAndCount() {
        StoredOrder keep = store().create(order(customer, uniqueNumber(), BASE));
        StoredOrder cancel = store().create(order(customer, uniqueNumber(), BASE.plusSeconds(1)));
        store().replace(cancel.order().withStatus(OrderStatus.CANCELLED, "test", BASE.plusSeconds(2)), cancel.etag());
        store().create(order("other-" + UUID.randomUUID(), uniqueNumber(), BASE));

        OrderSlice pending = store().list(new OrderListQuery(customer, OrderStatus.PENDING, 0, 10, null));
        OrderSlice cancelled = store().list(new OrderListQuery(customer, OrderStatus.CANCELLED, 0, 10, null));
        OrderSlice everyCancelled = store().list(new OrderListQuery(null, OrderStatus.CANCELLED, 0, 100, null));

        assertThat(pending.totalCount()).isEqualTo(1);
        assertThat(pending.orders())
                .extracting(s -> s.order().id())
                .containsExactly(keep.order().id());
        assertThat(cancelled.orders())
                .extracting(s -> s.order().id())
                .containsExactly(cancel.order().id());
        assertThat(everyCancelled.orders()).allMatch(s -> s.order().status() == OrderStatus.CANCELLED);
        assertThat(everyCancelled.orders())
                .extracting(s -> s.order().id())
                .contains(cancel.order().id());
    }

    @Test
    void aCustomerWithoutOrdersHasAnEmptyListing() {
        OrderSlice slice = store().list(new OrderListQuery(customer, null, 0, 20, null));

        assertThat(slice.orders()).isEmpty();
        assertThat(slice.totalCount()).isZero();
        assertThat(slice.nextContinuationToken()).isNull();
    }

    @Test
    void aContinuationTokenOnlyWorksForTheListingThatIssuedIt() {
        for (int i = 0; i < 3; i++) {
            store().create(order(customer, uniqueNumber(), BASE.plusSeconds(i)));
        }
        String token =
                store().list(new OrderListQuery(customer, null, 0, 1, null)).nextContinuationToken();

        assertThat(token).isNotNull();
        assertThatThrownBy(() -> store().list(new OrderListQuery(customer, OrderStatus.PENDING, 0, 1, token)))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThatThrownBy(() -> store().list(new OrderListQuery(customer, null, 0, 1, "garbage!")))
                .isInstanceOf(InvalidContinuationTokenException.class);
    }

    @Test
    void theStoreAnswersPings() {
        store().ping();
        assertThat(store().kind()).isNotBlank();
    }

    private static String uniqueNumber() {
        StringBuilder suffix = new StringBuilder();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for (int i = 0; i < 6; i++) {
            suffix.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return "ORD-"
                + BASE.truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10).replace("-", "") + "-" + suffix;
    }
}
