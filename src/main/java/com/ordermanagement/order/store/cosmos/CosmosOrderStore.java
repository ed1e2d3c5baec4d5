package com.ordermanagement.order.store.cosmos;

import com.azure.cosmos.CosmosAsyncContainer;
import com.azure.cosmos.models.CosmosItemRequestOptions;
import com.azure.cosmos.models.CosmosQueryRequestOptions;
import com.azure.cosmos.models.FeedResponse;
import com.azure.cosmos.models.PartitionKey;
import com.azure.cosmos.models.SqlQuerySpec;
import com.azure.spring.data.cosmos.core.CosmosTemplate;
import com.azure.spring.data.cosmos.core.convert.ObjectMapperFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.ordermanagement.cosmos.CosmosErrors;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderSlice;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.store.IdempotencyClaim;
import com.ordermanagement.order.store.OrderAlreadyExistsException;
import com.ordermanagement.order.store.OrderGoneException;
import com.ordermanagement.order.store.OrderListQuery;
import com.ordermanagement.order.store.OrderNumberTakenException;
import com.ordermanagement.order.store.OrderStore;
import com.ordermanagement.order.store.VersionConflictException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Orders in Azure Cosmos DB: point operations through Spring Data repositories (ETag checked by
 * {@code @Version}), queries through the SDK container with parameterised SQL.
 */
public class CosmosOrderStore implements OrderStore {

    /** Keeps continuation tokens small enough for a query string. */
    private static final int CONTINUATION_LIMIT_KB = 4;

    private final OrderDocumentRepository orders;
    private final OrderNumberRepository numbers;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final CosmosTemplate template;
    private final CosmosAsyncContainer container;
    private final String containerName;
    private final Duration retention;

    public CosmosOrderStore(
            OrderDocumentRepository orders,
            OrderNumberRepository numbers,
            IdempotencyKeyRepository idempotencyKeys,
            CosmosTemplate template,
            CosmosAsyncContainer container,
            Duration retention) {
        this.retention = retention;
        this.orders = orders;
        this.numbers = numbers;
        this.idempotencyKeys = idempotencyKeys;
        this.template = template;
        this.container = container;
        this.containerName = container.getId();
    }

    @Override
    public StoredOrder create(Order order) {
        return call(() -> {
            try {
                numbers.save(OrderNumberDocument.reserve(order.orderNumber(), order.id(), order.customerId()));
            } catch (RuntimeException e) {
                if (CosmosErrors.statusOf(e) == CosmosErrors.CONFLICT) {
                    throw new OrderNumberTakenException();
                }
                throw e;
            }
            try {
                return toStored(orders.save(OrderDocumentMapper.toDocument(order)));
            } catch (RuntimeException e) {
                releaseNumber(order.orderNumber());
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
                return orders.findById(orderId, new PartitionKey(customerId)).map(CosmosOrderStore::toStored);
            }
            return first(OrderQueries.orderById(orderId));
        });
    }

    @Override
    public Optional<StoredOrder> findByNumber(String orderNumber) {
        return call(() -> {
            Optional<OrderNumberDocument> lookup =
                    numbers.findById(orderNumber, new PartitionKey(OrderNumberDocument.partitionOf(orderNumber)));
            if (lookup.isPresent()) {
                return orders.findById(lookup.get().orderId, new PartitionKey(lookup.get().customerId))
                        .map(CosmosOrderStore::toStored);
            }
            return first(OrderQueries.orderByNumber(orderNumber));
        });
    }

    @Override
    public StoredOrder replace(Order order, String expectedEtag) {
        return call(() -> {
            OrderDocument current = orders.findById(order.id(), new PartitionKey(order.customerId()))
                    .orElseThrow(OrderGoneException::new);
            if (!current._etag.equals(expectedEtag)) {
                throw new VersionConflictException();
            }
            OrderDocument replacement = OrderDocumentMapper.toDocument(order);
            // Fields written by other versions of the service survive our writes.
            current.extra().forEach(replacement.extra()::putIfAbsent);
            replacement._etag = expectedEtag;
            try {
                return toStored(orders.save(replacement));
            } catch (RuntimeException e) {
                throw translateWrite(e);
            }
        });
    }

    @Override
    public void delete(Order order, String expectedEtag) {
        call(() -> {
            // The mark goes first: should the delete then fail, a replay still finds the order itself.
            container
                    .upsertItem(
                            DeletedOrderMark.of(order, retention),
                            new PartitionKey(order.customerId()),
                            new CosmosItemRequestOptions())
                    .block();
            try {
                if (expectedEtag == null) {
                    orders.deleteById(order.id(), new PartitionKey(order.customerId()));
                } else {
                    OrderDocument document = OrderDocumentMapper.toDocument(order);
                    document._etag = expectedEtag;
                    template.deleteEntity(containerName, document);
                }
            } catch (RuntimeException e) {
                throw translateWrite(e);
            }
            releaseNumber(order.orderNumber());
            return null;
        });
    }

    @Override
    public OrderSlice list(OrderListQuery query) {
        return call(() -> {
            CosmosQueryRequestOptions options = options(query);
            long total = count(query, options);
            ListingToken resume;
            if (query.continuationToken() != null) {
                resume = ListingToken.decode(query.continuationToken(), query.filterKey());
            } else {
                resume = new ListingToken(query.offset(), Math.max(1, total - query.offset()), query.offset(), null);
            }
            SqlQuerySpec spec = OrderQueries.listing(query, resume.queryOffset(), resume.limit());
            List<StoredOrder> page = new ArrayList<>(query.pageSize());
            String continuation = resume.cosmosContinuation();
            boolean first = true;
            while (page.size() < query.pageSize() && (first || continuation != null)) {
                first = false;
                FeedResponse<JsonNode> response = container
                        .queryItems(spec, options, JsonNode.class)
                        .byPage(continuation, query.pageSize() - page.size())
                        .next()
                        .block();
                if (response == null) {
                    continuation = null;
                    break;
                }
                response.getResults().forEach(node -> page.add(toStored(read(node))));
                continuation = response.getContinuationToken();
            }
            long end = resume.position() + page.size();
            String next = continuation == null
                    ? null
                    : new ListingToken(resume.queryOffset(), resume.limit(), end, continuation)
                            .encode(query.filterKey());
            return new OrderSlice(List.copyOf(page), total, resume.position(), next);
        });
    }

    @Override
    public IdempotencyClaim claimIdempotencyKey(IdempotencyClaim claim) {
        return call(() -> {
            IdempotencyKeyDocument document = IdempotencyKeyDocument.claim(
                    claim.key(), claim.requestFingerprint(), claim.orderId(), claim.customerId(), retention);
            try {
                idempotencyKeys.save(document);
                return claim;
            } catch (RuntimeException e) {
                if (CosmosErrors.statusOf(e) != CosmosErrors.CONFLICT) {
                    throw e;
                }
            }
            IdempotencyKeyDocument existing = idempotencyKeys
                    .findById(document.id, new PartitionKey(document.partitionKey))
                    .orElseThrow(() -> new IllegalStateException("idempotency claim vanished"));
            return new IdempotencyClaim(
                    claim.key(), existing.requestFingerprint, existing.orderId, existing.customerId);
        });
    }

    @Override
    public boolean wasDeleted(String orderId, String customerId) {
        return call(() -> {
            try {
                container
                        .readItem(DeletedOrderMark.idOf(orderId), new PartitionKey(customerId), JsonNode.class)
                        .block();
                return true;
            } catch (RuntimeException e) {
                if (CosmosErrors.statusOf(e) == CosmosErrors.NOT_FOUND) {
                    return false;
                }
                throw e;
            }
        });
    }

    @Override
    public void ping() {
        call(() -> container.read().block());
    }

    @Override
    public String kind() {
        return "cosmos";
    }

    private long count(OrderListQuery query, CosmosQueryRequestOptions options) {
        FeedResponse<Long> response = container
                .queryItems(OrderQueries.count(query), options, Long.class)
                .byPage()
                .next()
                .block();
        return response == null || response.getResults().isEmpty()
                ? 0
                : response.getResults().get(0);
    }

    private CosmosQueryRequestOptions options(OrderListQuery query) {
        CosmosQueryRequestOptions options = new CosmosQueryRequestOptions();
        options.setResponseContinuationTokenLimitInKb(CONTINUATION_LIMIT_KB);
        if (query.customerId() != null) {
            options.setPartitionKey(new PartitionKey(query.customerId()));
        }
        return options;
    }

    private Optional<StoredOrder> first(SqlQuerySpec spec) {
        FeedResponse<JsonNode> response = container
                .queryItems(spec, new CosmosQueryRequestOptions(), JsonNode.class)
                .byPage(1)
                .next()
                .block();
        if (response == null || response.getResults().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(toStored(read(response.getResults().get(0))));
    }

    private void releaseNumber(String orderNumber) {
        try {
            numbers.deleteById(orderNumber, new PartitionKey(OrderNumberDocument.partitionOf(orderNumber)));
        } catch (RuntimeException e) {
            if (CosmosErrors.statusOf(e) != CosmosErrors.NOT_FOUND) {
                throw e;
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

    static OrderDocument read(JsonNode node) {
        try {
            return ObjectMapperFactory.getObjectMapper().treeToValue(node, OrderDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable order document", e);
        }
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
