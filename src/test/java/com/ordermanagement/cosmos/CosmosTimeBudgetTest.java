package com.ordermanagement.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ordermanagement.common.concurrent.RequestStart;
import com.ordermanagement.common.store.StoreUnavailableException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class CosmosTimeBudgetTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final CosmosTimeBudget budget = new CosmosTimeBudget(Duration.ofSeconds(8), now::get);

    @AfterEach
    void requestEnds() {
        RequestStart.clear();
    }

    @Test
    void eachCallGetsWhatIsLeftOfItsRequestsBudget() {
        RequestStart.mark(now.get());
        now.addAndGet(Duration.ofSeconds(3).toNanos());

        // (The SDK keeps the end-to-end timeout of request options to itself; the fault tests show it.)
        assertThat(budget.remaining()).isEqualTo(Duration.ofSeconds(5));
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(budget.remaining()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSpentBudgetIsAnUnavailableStoreBeforeAnyCallIsMade() {
        RequestStart.mark(now.get());
        now.addAndGet(Duration.ofSeconds(8).toNanos());

        assertThatThrownBy(budget::remaining)
                .isInstanceOf(StoreUnavailableException.class)
                .satisfies(e ->
                        assertThat(((StoreUnavailableException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void workOutsideARequestGetsTheWholeBudgetPerCall() {
        now.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(budget.remaining()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aCallThatOutlivesTheBudgetEndsInATimeoutNotAHang() {
        CosmosTimeBudget short_ = new CosmosTimeBudget(Duration.ofMillis(50));

        assertThatThrownBy(() -> short_.await(Mono.never()))
                .satisfies(e -> assertThat(CosmosErrors.translate((RuntimeException) e))
                        .isInstanceOf(StoreUnavailableException.class));
        assertThat(short_.await(Mono.just("answer"))).isEqualTo("answer");
        assertThatThrownBy(() -> new CosmosTimeBudget(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
