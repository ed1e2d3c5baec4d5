package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.ExternalId;
import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.StoredOrder;
import com.ordermanagement.order.service.CreatedOrder;
import com.ordermanagement.order.service.OrderService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Place, read, change, cancel and delete customer orders")
public class OrderController {

    private final OrderService orders;

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping(
            path = {"", "/"},
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Create an order",
            description = "Totals are computed by the server: total_price = quantity × unit_price, subtotal = Σ"
                    + " total_price, total_amount = subtotal + tax + shipping − discount. A repeat with the same"
                    + " Idempotency-Key and body returns the first order; the same key with another body is 422.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new order")
    @ApiResponse(responseCode = "422", description = "A field breaks a rule", content = @Content)
    public ResponseEntity<Order> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = OrderExamples.CREATE_REQUEST)))
                    @Valid
                    @RequestBody
                    CreateOrderRequest request,
            @Parameter(description = "Makes retries safe: repeats with the same key return the first result")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(min = 1, max = 255)
                    @PlainText
                    String idempotencyKey) {
        CreatedOrder created = orders.create(request.toDraft(), idempotencyKey);
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

    @GetMapping
    @Operation(
            summary = "List orders, newest first",
            description = "Page numbers for compatibility; next_continuation_token resumes cheaply after a page.")
    public OrderPageResponse list(
            @RequestParam(name = "customer_id", required = false) @ExternalId String customerId,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "1") @Min(1) @Max(1_000_000) int page,
            @RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize,
            @Parameter(description = "next_continuation_token of the previous page; page is then ignored")
                    @RequestParam(name = "continuation_token", required = false)
                    @Size(max = 8192)
                    String continuationToken) {
        return OrderPageResponse.of(orders.list(customerId, status, page, pageSize, continuationToken), pageSize);
    }

    @GetMapping("/{order_id}")
    @Operation(
            summary = "Get an order",
            description = "With customer_id this is a single point read; without it every customer is searched.")
    @ApiResponse(responseCode = "200", description = "The order, with its ETag")
    @ApiResponse(responseCode = "404", description = "No such order", content = @Content)
    public ResponseEntity<Order> get(
            @PathVariable("order_id") String orderId,
            @RequestParam(name = "customer_id", required = false) @ExternalId String customerId) {
        return withEtag(orders.get(orderId, customerId));
    }

    @PutMapping(path = "/{order_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Update an order",
            description = "Addresses, email, notes and payment at any time; items and amounts while pending (totals"
                    + " recomputed); status along the status flow only. If-Match makes the update conditional.")
    @ApiResponse(responseCode = "409", description = "The order's state forbids the change", content = @Content)
    @ApiResponse(responseCode = "412", description = "If-Match names an older version", content = @Content)
    public ResponseEntity<Order> update(
            @PathVariable("order_id") String orderId,
            @RequestParam(name = "customer_id", required = false) @ExternalId String customerId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = OrderExamples.UPDATE_REQUEST)))
                    @Valid
                    @RequestBody
                    UpdateOrderRequest request) {
        return withEtag(orders.update(orderId, customerId, request.toChanges(), ifMatch));
    }

    @DeleteMapping("/{order_id}")
    @Operation(summary = "Delete an order", description = "Frees its order number. If-Match makes it conditional.")
    public OrderMessageResponse delete(
            @PathVariable("order_id") String orderId,
            @RequestParam(name = "customer_id", required = false) @ExternalId String customerId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Order deleted = orders.delete(orderId, customerId, ifMatch);
        return new OrderMessageResponse("Order " + deleted.orderNumber() + " deleted successfully", deleted.id(), null);
    }

    @PostMapping("/{order_id}/cancel")
    @Operation(
            summary = "Cancel an order",
            description = "Allowed while the order is pending, confirmed or processing; 409 afterwards or twice.")
    @ApiResponse(responseCode = "409", description = "The order can no longer be cancelled", content = @Content)
    public ResponseEntity<OrderMessageResponse> cancel(
            @PathVariable("order_id") String orderId,
            @RequestParam(name = "customer_id", required = false) @ExternalId String customerId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = false,
                            content = @Content(examples = @ExampleObject(value = OrderExamples.CANCEL_REQUEST)))
                    @Valid
                    @RequestBody(required = false)
                    CancelOrderRequest request) {
        String reason = request != null ? request.reason() : null;
        StoredOrder cancelled = orders.cancel(orderId, customerId, reason, ifMatch);
        Order order = cancelled.order();
        return ResponseEntity.status(HttpStatus.OK)
                .eTag(cancelled.etag())
                .body(new OrderMessageResponse(
                        "Order " + order.orderNumber() + " cancelled successfully", order.id(), order));
    }

    @GetMapping("/number/{order_number}")
    @Operation(summary = "Get an order by its number", description = "Two point reads through the number lookup.")
    @ApiResponse(responseCode = "404", description = "No such order", content = @Content)
    public ResponseEntity<Order> getByNumber(@PathVariable("order_number") String orderNumber) {
        return withEtag(orders.getByNumber(orderNumber));
    }

    @GetMapping("/customers/{customer_id}/orders")
    @Operation(summary = "List one customer's orders, newest first", description = "Counted within the customer.")
    public OrderPageResponse customerOrders(
            @PathVariable("customer_id") @ExternalId String customerId,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "1") @Min(1) @Max(1_000_000) int page,
            @RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize,
            @RequestParam(name = "continuation_token", required = false) @Size(max = 8192) String continuationToken) {
        return list(customerId, status, page, pageSize, continuationToken);
    }

    private static ResponseEntity<Order> withEtag(StoredOrder stored) {
        return ResponseEntity.ok().eTag(stored.etag()).body(stored.order());
    }
}
