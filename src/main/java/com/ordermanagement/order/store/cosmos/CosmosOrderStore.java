package com.ordermanagement.order.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlQuerySpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.cosmos.CosmosErrors;
import com.ordermanagement.cosmos.CosmosReachability;
import com.ordermanagement.cosmos.CosmosTimeBudget;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.InvalidContinuationTokenException;
import com.ordermanagement.order.store.OrderAlreadyExistsException;
import com.ordermanagement.order.store.OrderGoneException;
import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.order.store.OrderNumberTakenException;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.VersionConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders in Azure Cosmos DB, through the SDK container: every write says exactly what it may do
 * (create fails on a conflict, replace and delete fail on a missing document or a stale ETag, so a
 * write can never bring back a deleted order, as Spring Data's upsert-based save could), and every
 * call carries what is left of the request's time budget ({@link CosmosTimeBudget}). Documents are
 * mapped by Spring Data Cosmos's mapper; queries are parameterised SQL ({@link OrderQueries}).
 */
public class CosmosOrderStore implements OrderStore {

    private static final Logger log = LoggerFactory.getLogger(CosmosOrderStore.class);

    /** Keeps continuation tokens small enough for a query string. */
    private static final int CONTINUATION_LIMIT_KB = 4;

    private final CosmosAsyncContainer container;
    private final CosmosTimeBudget budget;
    private final ListingTokenSigner tokens;
    private final CosmosReachability reachability;

    public CosmosOrderStore(
            CosmosAsyncContainer container,
            CosmosTimeBudget budget,
            ListingTokenSigner tokens,
            CosmosReachability reachability) {
        this.container = container;
        this.budget = budget;
        this.tokens = tokens;
        this.reachability = reachability;
    }

    @Override
    public StoredOrder create(Order order) {
        return call(() -> {
            OrderNumberDocument reservation =
                    OrderNumberDocument.reserve(order.orderNumber(), order.id(), order.customerId(), order.createdAt());
            try {
                createItem(reservation, reservation.partitionKey);
            } catch (RuntimeException e) {
                if (CosmosErrors.statusOf(e) == CosmosErrors.CONFLICT) {
                    throw new OrderNumberTakenException();
                }
                throw e;
            }
            try {
                return toStored(CosmosJson.read(
                        createItem(OrderDocumentMapper.toDocument(order), order.customerId()), OrderDocument.class));
            } catch (RuntimeException e) {
                // Only a write Cosmos DB refused frees the number; after a timeout the order may exist,
                // and the sweep of orphaned reservations decides later (NumberReservationSweeper).
                if (CosmosErrors.certainlyNotApplied(e)) {
                    releaseNumberOrLeaveItToTheSweep(order.orderNumber());
                }
                if (CosmosErrors.statusOf(e) == CosmosErrors.CONFLICT) {
                    throw new OrderAlreadyExistsException();
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<StoredOrder> find(String orderId, String customerId) {
        return call(() -> {
            if (customerId != null) {
                return readItem(orderId, customerId).map(CosmosOrderStore::toStored);
            }
            return first(OrderQueries.orderById(orderId));
        });
    }

    @Override
    public Optional<StoredOrder> findByNumber(String orderNumber) {
        return call(() -> {
            Optional<JsonNode> lookup = readNode(orderNumber, OrderNumberDocument.partitionOf(orderNumber));
            if (lookup.isPresent()) {
                OrderNumberDocument reservation = CosmosJson.read(lookup.get(), OrderNumberDocument.class);
                return readItem(reservation.orderId, reservation.customerId).map(CosmosOrderStore::toStored);
            }
            return first(OrderQueries.orderByNumber(orderNumber));
        });
    }

    @Override
    public StoredOrder replace(Order order, String expectedEtag) {
        return call(() -> {
            OrderDocument current = readItem(order.id(), order.customerId()).orElseThrow(OrderGoneException::new);
            if (!current._etag.equals(expectedEtag)) {
                throw new VersionConflictException();
            }
            OrderDocument replacement = OrderDocumentMapper.toDocument(order);
            // Fields written by other versions of the service survive our writes.
            current.extra().forEach(replacement.extra()::putIfAbsent);
            CosmosItemRequestOptions options = budget.itemOptions().setIfMatchETag(expectedEtag);
            try {
                JsonNode written = budget.await(container.replaceItem(
                                CosmosJson.tree(replacement),
                                order.id(),
                                new PartitionKey(order.customerId()),
                                options))
                        .getItem();
                return toStored(CosmosJson.read(written, OrderDocument.class));
            } catch (RuntimeException e) {
                throw translateWrite(e);
            }
        });
    }

    @Override
    public void delete(Order order, String expectedEtag) {
        call(() -> {
            CosmosItemRequestOptions options = budget.itemOptions();
            if (expectedEtag != null) {
                options.setIfMatchETag(expectedEtag);
            }
            try {
                budget.await(container.deleteItem(order.id(), new PartitionKey(order.customerId()), options));
            } catch (RuntimeException e) {
                throw translateWrite(e);
            }
            // The order is gone, which is what the client asked for; a reservation left behind points at
            // no order, so a number lookup answers 404 and nothing is wrong but a number that stays taken.
            releaseNumberOrLeaveItToTheSweep(order.orderNumber());
            return null;
        });
    }

    @Override
    public OrderSlice list(OrderListQuery query) {
        return call(() -> {
            ListingToken resume;
            if (query.continuationToken() != null) {
                resume = ListingToken.decode(query.continuationToken(), query.filterKey(), tokens);
            } else {
                long total = count(query);
                resume = new ListingToken(
                        query.offset(), Math.max(1, total - query.offset()), query.offset(), total, null);
            }
            try {
                return page(query, resume);
            } catch (RuntimeException e) {
                // A query Cosmos DB refuses can only come from a continuation it cannot read.
                if (CosmosErrors.statusOf(e) == CosmosErrors.BAD_REQUEST) {
                    throw new InvalidContinuationTokenException();
                }
                throw e;
            }
        });
    }

    private OrderSlice page(OrderListQuery query, ListingToken resume) {
        SqlQuerySpec spec = OrderQueries.listing(query, resume.queryOffset(), resume.limit());
        List<StoredOrder> page = new ArrayList<>(query.pageSize());
        String continuation = resume.cosmosContinuation();
        boolean first = true;
        while (page.size() < query.pageSize() && (first || continuation != null)) {
            first = false;
            FeedResponse<JsonNode> response = budget.await(container
                    .queryItems(spec, options(query), JsonNode.class)
                    .byPage(continuation, query.pageSize() - page.size())
                    .next());
            if (response == null) {
                continuation = null;
                break;
            }
            response.getResults().forEach(node -> page.add(toStored(CosmosJson.read(node, OrderDocument.class))));
            continuation = response.getContinuationToken();
        }
        long end = resume.position() + page.size();
        String next = continuation == null
                ? null
                : new ListingToken(resume.queryOffset(), resume.limit(), end, resume.totalCount(), continuation)
                        .encode(query.filterKey(), tokens);
        return new OrderSlice(List.copyOf(page), resume.totalCount(), resume.position(), next);
    }

    @Override
    public void ping() {
        reachability.check();
    }

    @Override
    public String kind() {
        return "cosmos";
    }

    private long count(OrderListQuery query) {
        FeedResponse<Long> response = budget.await(container
                .queryItems(OrderQueries.count(query), options(query), Long.class)
                .byPage()
                .next());
        return response == null || response.getResults().isEmpty()
                ? 0
                : response.getResults().get(0);
    }

    private CosmosQueryRequestOptions options(OrderListQuery query) {
        CosmosQueryRequestOptions options = budget.queryOptions();
        options.setResponseContinuationTokenLimitInKb(CONTINUATION_LIMIT_KB);
        if (query.customerId() != null) {
            options.setPartitionKey(new PartitionKey(query.customerId()));
        }
        return options;
    }

    private Optional<StoredOrder> first(SqlQuerySpec spec) {
        FeedResponse<JsonNode> response;
        try {
            response = budget.await(container
                    .queryItems(spec, budget.queryOptions(), JsonNode.class)
                    .byPage(1)
                    .next());
        } catch (RuntimeException e) {
            throw CosmosErrors.translateQuery(e);
        }
        if (response == null || response.getResults().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toStored(CosmosJson.read(response.getResults().get(0), OrderDocument.class)));
    }

    private JsonNode createItem(Object document, String partition) {
        return budget.await(container.createItem(
                        CosmosJson.tree(document), new PartitionKey(partition), budget.itemOptions()))
                .getItem();
    }

    private Optional<OrderDocument> readItem(String orderId, String customerId) {
        return readNode(orderId, customerId).map(node -> CosmosJson.read(node, OrderDocument.class));
    }

    private Optional<JsonNode> readNode(String id, String partition) {
        return PointReads.read(container, budget, id, partition);
    }

    private void releaseNumberOrLeaveItToTheSweep(String orderNumber) {
        try {
            budget.await(container.deleteItem(
                    orderNumber, new PartitionKey(OrderNumberDocument.partitionOf(orderNumber)), budget.itemOptions()));
        } catch (RuntimeException e) {
            if (CosmosErrors.statusOf(e) != CosmosErrors.NOT_FOUND) {
                log.warn(
                        "Order number reservation left for the sweep: {}",
                        e.getClass().getSimpleName());
            }
        }
    }

    private static RuntimeException translateWrite(RuntimeException e) {
        return switch (CosmosErrors.statusOf(e)) {
            case CosmosErrors.PRECONDITION_FAILED -> new VersionConflictException();
            case CosmosErrors.NOT_FOUND -> new OrderGoneException();
            default -> e;
        };
    }

    private static StoredOrder toStored(OrderDocument document) {
        return new StoredOrder(OrderDocumentMapper.toOrder(document), document._etag);
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw CosmosErrors.translate(e);
        }
    }
}
