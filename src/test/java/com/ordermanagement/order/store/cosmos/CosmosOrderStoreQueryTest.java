package com.ordermanagement.order.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.ModelBridgeInternal;
import com.azure.cosmos.models.SqlParameter;
import com.azure.cosmos.models.SqlQuerySpec;
import com.azure.cosmos.util.CosmosPagedFlux;
import com.azure.spring.data.cosmos.core.convert.ObjectMapperFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.InvalidContinuationTokenException;
import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.support.SampleOrders;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * The adapter's query side against a scripted container that behaves like Cosmos DB does: it honours
 * OFFSET and LIMIT, returns fewer items per page than asked, and hands out continuation tokens.
 */
class CosmosOrderStoreQueryTest {

    private static final int SERVER_PAGE = 2;
    private static final ListingTokenSigner SIGNER = ListingTokenSigner.ofSecrets(List.of("a-secret-of-sixteen-chars"));

    private int counts;

    private final List<JsonNode> newestFirst = new ArrayList<>();
    private final CosmosAsyncContainer container = mock(CosmosAsyncContainer.class);
    private CosmosOrderStore store;

    @BeforeEach
    void sevenOrders() {
        for (int i = 6; i >= 0; i--) {
            Order order = SampleOrders.order(
                    "c1",
                    SampleOrders.number(i + 1),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
            JsonNode node = ObjectMapperFactory.getObjectMapper().valueToTree(OrderDocumentMapper.toDocument(order));
            ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("_etag", "\"etag-" + i + "\"");
            newestFirst.add(node);
        }
        given(container.getId()).willReturn("Orders");
        given(container.queryItems(any(SqlQuerySpec.class), any(CosmosQueryRequestOptions.class), eq(Long.class)))
                .willAnswer(call -> {
                    counts++;
                    return paged(List.of((long) newestFirst.size()), Long.class);
                });
        given(container.queryItems(any(SqlQuerySpec.class), any(CosmosQueryRequestOptions.class), eq(JsonNode.class)))
                .willAnswer(call -> scripted(call.getArgument(0)));
        store = new CosmosOrderStore(container, new CosmosTimeBudget(Duration.ofSeconds(5)), SIGNER, null);
    }

    @Test
    void aPageIsFilledAcrossSeveralServerPagesAndItsTokenResumesWhereItEnded() {
        OrderSlice first = store.list(new OrderListQuery("c1", null, 0, 3, null));
        OrderSlice second = store.list(new OrderListQuery("c1", null, 0, 3, first.nextContinuationToken()));
        OrderSlice third = store.list(new OrderListQuery("c1", null, 0, 3, second.nextContinuationToken()));

        assertThat(ids(first)).containsExactly(id(0), id(1), id(2));
        assertThat(first.totalCount()).isEqualTo(7);
        assertThat(second.offset()).isEqualTo(3);
        assertThat(ids(second)).containsExactly(id(3), id(4), id(5));
        assertThat(ids(third)).containsExactly(id(6));
        assertThat(third.nextContinuationToken()).isNull();
        assertThat(first.orders().get(0).etag()).isEqualTo("\"etag-6\"");
    }

    @Test
    void theTotalIsCountedForTheFirstPageOnlyAndTravelsInTheToken() {
        OrderSlice first = store.list(new OrderListQuery("c1", null, 0, 3, null));
        newestFirst.remove(6);
        OrderSlice second = store.list(new OrderListQuery("c1", null, 0, 3, first.nextContinuationToken()));

        assertThat(counts).as("COUNT queries").isEqualTo(1);
        assertThat(second.totalCount()).isEqualTo(7);
    }

    @Test
    void aTokenThatWasNotSignedForThisListingNeverReachesCosmos() {
        String token = store.list(new OrderListQuery("c1", null, 0, 3, null)).nextContinuationToken();
        // Well-formed, for the same filters, but signed with a key this service does not have.
        String forged = new ListingToken(0, 7, 3, 7, "{\"garbage\"")
                .encode("c1||3", ListingTokenSigner.ofSecrets(List.of("another-secret-sixteen")));
        String otherListing =
                store.list(new OrderListQuery("c2", null, 0, 3, null)).nextContinuationToken();

        assertThatThrownBy(() -> store.list(new OrderListQuery("c1", null, 0, 3, forged)))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThatThrownBy(() -> store.list(new OrderListQuery("c1", null, 0, 3, otherListing)))
                .isInstanceOf(InvalidContinuationTokenException.class);
        assertThatThrownBy(() ->
                        store.list(new OrderListQuery("c1", null, 0, 3, token.substring(0, token.length() - 2))))
                .isInstanceOf(InvalidContinuationTokenException.class);
    }

    @Test
    void aContinuationCosmosRefusesIsABadTokenNotAnInternalError() {
        String token = store.list(new OrderListQuery("c1", null, 0, 3, null)).nextContinuationToken();
        given(container.queryItems(any(SqlQuerySpec.class), any(CosmosQueryRequestOptions.class), eq(JsonNode.class)))
                .willThrow(com.azure.cosmos.BridgeInternal.createCosmosException(400));

        assertThatThrownBy(() -> store.list(new OrderListQuery("c1", null, 0, 3, token)))
                .isInstanceOf(InvalidContinuationTokenException.class);
    }

    @Test
    void aPageNumberStartsAtItsOffset() {
        OrderSlice page = store.list(new OrderListQuery("c1", null, 4, 2, null));

        assertThat(page.offset()).isEqualTo(4);
        assertThat(ids(page)).containsExactly(id(4), id(5));
        assertThat(page.nextContinuationToken()).isNotNull();
    }

    @Test
    void findingWithoutTheCustomerUsesTheQueryAndMapsTheDocument() {
        String wanted = id(3);

        assertThat(store.find(wanted, null)).map(stored -> stored.order().id()).contains(wanted);
        assertThat(store.find("missing", null)).isEmpty();
    }

    private String id(int position) {
        return newestFirst.get(position).get("id").asText();
    }

    private static List<String> ids(OrderSlice slice) {
        return slice.orders().stream().map(StoredOrder::order).map(Order::id).toList();
    }

    private CosmosPagedFlux<JsonNode> scripted(SqlQuerySpec spec) {
        Map<String, Object> parameters = new HashMap<>();
        for (SqlParameter parameter : spec.getParameters()) {
            parameters.put(parameter.getName(), parameter.getValue(Object.class));
        }
        List<JsonNode> matching = new ArrayList<>(newestFirst);
        if (parameters.containsKey("@id")) {
            matching.removeIf(node -> !node.get("id").asText().equals(parameters.get("@id")));
        }
        int offset = ((Number) parameters.getOrDefault("@offset", 0)).intValue();
        int limit = ((Number) parameters.getOrDefault("@limit", Integer.MAX_VALUE)).intValue();
        List<JsonNode> results =
                matching.subList(Math.min(offset, matching.size()), Math.min(matching.size(), offset + limit));
        @SuppressWarnings("unchecked")
        CosmosPagedFlux<JsonNode> flux = mock(CosmosPagedFlux.class);
        given(flux.byPage(anyInt())).willAnswer(call -> page(results, null, call.getArgument(0)));
        given(flux.byPage(isNull(), anyInt())).willAnswer(call -> page(results, null, call.getArgument(1)));
        given(flux.byPage(any(String.class), anyInt()))
                .willAnswer(call -> page(results, call.getArgument(0), call.getArgument(1)));
        return flux;
    }

    private static Flux<FeedResponse<JsonNode>> page(List<JsonNode> results, String token, int preferred) {
        int start = token == null ? 0 : Integer.parseInt(token);
        int end = Math.min(results.size(), start + Math.min(preferred, SERVER_PAGE));
        Map<String, String> headers = new HashMap<>();
        if (end < results.size()) {
            headers.put("x-ms-continuation", Integer.toString(end));
        }
        return Flux.just(ModelBridgeInternal.createFeedResponse(new ArrayList<>(results.subList(start, end)), headers));
    }

    private static <T> CosmosPagedFlux<T> paged(List<T> results, Class<T> type) {
        @SuppressWarnings("unchecked")
        CosmosPagedFlux<T> flux = mock(CosmosPagedFlux.class);
        given(flux.byPage()).willReturn(Flux.just(ModelBridgeInternal.createFeedResponse(results, Map.of())));
        return flux;
    }
}
