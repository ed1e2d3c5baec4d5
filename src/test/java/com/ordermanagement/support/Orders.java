package com.ordermanagement.support;

import com.ordermanagement.order.api.OrderExamples;

/** Request bodies used across the tests; the first is the reference README's create example. */
public final class Orders {

    /** The reference README's create example, exactly as the OpenAPI document shows it. */
    public static final String REFERENCE_EXAMPLE = OrderExamples.CREATE_REQUEST;

    private Orders() {}

    /** A valid order for a customer, with one line of {@code quantity} × {@code unitPrice}. */
    public static String order(String customerId, int quantity, String unitPrice) {
        return order(customerId, quantity, unitPrice, "");
    }

    /** As {@link #order(String, int, String)}, with extra top-level JSON members such as {@code "currency":"EUR"}. */
    public static String order(String customerId, int quantity, String unitPrice, String extraMembers) {
        return """
                {"customer_id": "%s", "customer_email": "buyer@example.com",
                 "items": [{"product_id": "sku-1", "product_name": "Widget", "quantity": %d, "unit_price": %s}],
                 "billing_address": {"street": "1 Main St", "city": "Seattle", "state": "WA", "postal_code": "98101"},
                 "payment_info": {"method": "paypal"}%s}
                """.formatted(customerId, quantity, unitPrice, extraMembers.isEmpty() ? "" : ", " + extraMembers);
    }
}
