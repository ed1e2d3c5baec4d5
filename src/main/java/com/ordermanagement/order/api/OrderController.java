package com.ordermanagement.order.api;

import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.service.CreatedOrder;
import com.ordermanagement.order.service.OrderService;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Each endpoint is one call of {@link OrderService}; paths, parameters and docs are in {@link OrderApi}. */
@RestController
public class OrderController implements OrderApi {

    private final OrderService service;

    public OrderController(OrderService service) {
        this.service = service;
    }

    @Override
    public ResponseEntity<Order> create(CreateOrderRequest request, String idempotencyKey) {
        CustomerScope.creating(request.customerId());
        CreatedOrder created = service.create(request.toDraft(), CustomerScope.idempotencyKey(idempotencyKey));
        StoredOrder stored = created.stored();
        // A relative reference (RFC 9110 §10.2.2): never built from the client-chosen Host header.
        URI location = UriComponentsBuilder.fromPath("/api/v1/orders/{id}")
                .queryParam("customer_id", "{customer}")
                .encode()
                .buildAndExpand(stored.order().id(), stored.order().customerId())
                .toUri();
        return ResponseEntity.created(location)
                .eTag(stored.etag())
                .header("Idempotent-Replayed", Boolean.toString(created.replayed()))
                .body(stored.order());
    }

    @Override
    public OrderPageResponse list(
            String customerId, OrderStatus status, int page, int pageSize, String continuationToken) {
        return OrderPageResponse.of(
                service.list(CustomerScope.listing(customerId), status, page, pageSize, continuationToken), pageSize);
    }

    @Override
    public ResponseEntity<Order> get(String orderId, String customerId) {
        return withEtag(service.get(orderId, CustomerScope.order(customerId)));
    }

    @Override
    public ResponseEntity<Order> update(String orderId, String customerId, String ifMatch, UpdateOrderRequest request) {
        return withEtag(service.update(orderId, CustomerScope.order(customerId), request.toChanges(), ifMatch));
    }

    @Override
    public OrderMessageResponse delete(String orderId, String customerId, String ifMatch) {
        Order deleted = service.delete(orderId, CustomerScope.order(customerId), ifMatch);
        return new OrderMessageResponse("Order " + deleted.orderNumber() + " deleted successfully", deleted.id(), null);
    }

    @Override
    public ResponseEntity<OrderMessageResponse> cancel(
            String orderId, String customerId, String ifMatch, CancelOrderRequest request) {
        String reason = request != null ? request.reason() : null;
        StoredOrder cancelled = service.cancel(orderId, CustomerScope.order(customerId), reason, ifMatch);
        Order current = cancelled.order();
        return ResponseEntity.ok()
                .eTag(cancelled.etag())
                .body(new OrderMessageResponse(
                        "Order " + current.orderNumber() + " cancelled successfully", current.id(), current));
    }

    @Override
    public ResponseEntity<Order> getByNumber(String orderNumber) {
        return withEtag(CustomerScope.visible(service.getByNumber(orderNumber)));
    }

    @Override
    public OrderPageResponse customerOrders(
            String customerId, OrderStatus status, int page, int pageSize, String continuationToken) {
        return list(customerId, status, page, pageSize, continuationToken);
    }

    private static ResponseEntity<Order> withEtag(StoredOrder stored) {
        return ResponseEntity.ok().eTag(stored.etag()).body(stored.order());
    }
}
