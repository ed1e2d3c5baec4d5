package com.example.orders.scenario;

import com.example.orders.client.ApiClient;
import com.example.orders.client.api.AnalyticsApi;
import com.example.orders.client.api.OrdersApi;
import com.example.orders.client.model.AddressRequest;
import com.example.orders.client.model.CancelOrderRequest;
import com.example.orders.client.model.CreateOrderRequest;
import com.example.orders.client.model.Order;
import com.example.orders.client.model.OrderItemRequest;
import com.example.orders.client.model.OrderMessageResponse;
import com.example.orders.client.model.OrderPageResponse;
import com.example.orders.client.model.OrderStatus;
import com.example.orders.client.model.PaymentInfoRequest;
import com.example.orders.client.model.PaymentMethod;
import com.example.orders.client.model.SummaryReport;
import com.example.orders.client.model.UpdateOrderRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a Java user of the service writes with the client openapi-generator makes from our document
 * (generator "java", library "native"): create, read, list, confirm, cancel, then the month's summary.
 */
public final class OrderClientScenario {

    public static String run(String baseUri, String customer) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        OrdersApi orders = new OrdersApi(client);
        AnalyticsApi analytics = new AnalyticsApi(client);

        CreateOrderRequest request = new CreateOrderRequest()
                .customerId(customer)
                .customerEmail("java-client@example.com")
                .items(List.of(new OrderItemRequest()
                        .productId("sku-1")
                        .productName("Widget")
                        .quantity(2)
                        .unitPrice(new BigDecimal("19.99"))))
                .billingAddress(new AddressRequest()
                        .street("1 Main St")
                        .city("Seattle")
                        .state("WA")
                        .postalCode("98101"))
                .paymentInfo(new PaymentInfoRequest().method(PaymentMethod.CREDIT_CARD).lastFourDigits("4242"))
                .taxAmount(new BigDecimal("3.20"));
        Order created = orders.createOrder(request, customer + "-first-try");
        check(created.getTotalAmount().compareTo(new BigDecimal("43.18")) == 0, "total " + created.getTotalAmount());
        check(created.getNotes() == null && created.getUpdatedAt() == null, "nulls read as null");

        Order read = orders.getOrder(created.getId(), customer);
        check(read.getOrderNumber().equals(created.getOrderNumber()), "read " + read.getOrderNumber());

        OrderPageResponse page = orders.listOrders(customer, null, 1, 20, null);
        check(page.getTotalCount() == 1 && page.getOrders().get(0).getId().equals(created.getId()), "list " + page);

        Order confirmed = orders.updateOrder(
                created.getId(), new UpdateOrderRequest().status(OrderStatus.CONFIRMED), customer, null);
        check(confirmed.getStatus() == OrderStatus.CONFIRMED, "status " + confirmed.getStatus());
        check(confirmed.getItems().size() == 1, "a status-only update keeps the items");

        OrderMessageResponse cancelled = orders.cancelOrder(
                created.getId(), customer, null, new CancelOrderRequest().reason("Changed my mind"));
        check(cancelled.getOrder().getStatus() == OrderStatus.CANCELLED, "cancel " + cancelled.getMessage());

        SummaryReport summary = analytics.getSummaryReport(null, null, "USD");
        check(summary.getRevenueMetrics().getCurrency().equals("USD"), "summary " + summary.getPeriod());

        return created.getOrderNumber() + " " + cancelled.getOrder().getStatus().getValue();
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }
}
