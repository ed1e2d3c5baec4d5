package com.ordermanagement.order.api;

import com.ordermanagement.common.validation.ExternalId;
import com.ordermanagement.common.validation.PlainText;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The order endpoints: their paths, parameters and documentation. {@link OrderController} implements
 * them, so the handler code reads without the OpenAPI annotations around it.
 */
@RequestMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Orders", description = "Place, read, change, cancel and delete customer orders")
public interface OrderApi {

    @SecurityRequirement(name = "bearer", scopes = "orders:write")
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
    ResponseEntity<Order> create(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = OrderExamples.CREATE_REQUEST)))
                    @Valid
                    @RequestBody
                    CreateOrderRequest request,
            @Parameter(description = "Makes retries safe: repeats with the same key return the first result")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(min = 1, max = 255)
                    @PlainText
                    String idempotencyKey);

    @SecurityRequirement(name = "bearer", scopes = "orders:read")
    @GetMapping
    @Operation(
            summary = "List orders, newest first",
            description = "Page numbers for compatibility; next_continuation_token resumes cheaply after a page.")
    OrderPageResponse list(
            @RequestParam(name = "customer_id", required = false) @ExternalId String customerId,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "1") @Min(1) @Max(1_000_000) int page,
            @RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize,
            @Parameter(description = "next_continuation_token of the previous page; page is then ignored")
                    @RequestParam(name = "continuation_token", required = false)
                    @Size(max = 8192)
                    String continuationToken);

    @SecurityRequirement(name = "bearer", scopes = "orders:read")
    @GetMapping("/{order_id}")
    @Operation(
            summary = "Get an order",
            description = "With customer_id this is a single point read; without it every customer is searched.")
    @ApiResponse(responseCode = "200", description = "The order, with its ETag")
    @ApiResponse(responseCode = "404", description = "No such order", content = @Content)
    ResponseEntity<Order> get(@ParameterObject @Valid @ModelAttribute OrderReference order);

    @SecurityRequirement(name = "bearer", scopes = "orders:write")
    @PutMapping(path = "/{order_id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Update an order",
            description = "Addresses, email, notes and payment at any time; items and amounts while pending (totals"
                    + " recomputed); status along the status flow, or cancelled while cancellable. If-Match makes"
                    + " the update conditional.")
    @ApiResponse(responseCode = "409", description = "The order's state forbids the change", content = @Content)
    @ApiResponse(responseCode = "412", description = "If-Match names an older version", content = @Content)
    ResponseEntity<Order> update(
            @ParameterObject @Valid @ModelAttribute OrderReference order,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = OrderExamples.UPDATE_REQUEST)))
                    @Valid
                    @RequestBody
                    UpdateOrderRequest request);

    @SecurityRequirement(name = "bearer", scopes = "orders:write")
    @DeleteMapping("/{order_id}")
    @Operation(summary = "Delete an order", description = "Frees its order number. If-Match makes it conditional.")
    OrderMessageResponse delete(
            @ParameterObject @Valid @ModelAttribute OrderReference order,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch);

    @SecurityRequirement(name = "bearer", scopes = "orders:write")
    @PostMapping("/{order_id}/cancel")
    @Operation(
            summary = "Cancel an order",
            description = "Allowed while the order is pending, confirmed or processing; cancelling a cancelled"
                    + " order answers it unchanged; 409 once shipped, delivered or refunded.")
    @ApiResponse(responseCode = "409", description = "The order can no longer be cancelled", content = @Content)
    ResponseEntity<OrderMessageResponse> cancel(
            @ParameterObject @Valid @ModelAttribute OrderReference order,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = false,
                            content = @Content(examples = @ExampleObject(value = OrderExamples.CANCEL_REQUEST)))
                    @Valid
                    @RequestBody(required = false)
                    CancelOrderRequest request);

    @SecurityRequirement(name = "bearer", scopes = "orders:read")
    @GetMapping("/number/{order_number}")
    @Operation(summary = "Get an order by its number", description = "Two point reads through the number lookup.")
    @ApiResponse(responseCode = "404", description = "No such order", content = @Content)
    ResponseEntity<Order> getByNumber(@PathVariable("order_number") String orderNumber);

    @SecurityRequirement(name = "bearer", scopes = "orders:read")
    @GetMapping("/customers/{customer_id}/orders")
    @Operation(summary = "List one customer's orders, newest first", description = "Counted within the customer.")
    OrderPageResponse customerOrders(
            @PathVariable("customer_id") @ExternalId String customerId,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "1") @Min(1) @Max(1_000_000) int page,
            @RequestParam(name = "page_size", defaultValue = "20") @Min(1) @Max(100) int pageSize,
            @RequestParam(name = "continuation_token", required = false) @Size(max = 8192) String continuationToken);
}
