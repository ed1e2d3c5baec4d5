package com.ordermanagement.support;

/** Request bodies used across the tests; the first is the reference README's create example. */
public final class Orders {

    public static final String REFERENCE_EXAMPLE = """
            {
              "customer_id": "cust_123",
              "customer_email": "john.doe@example.com",
              "items": [
                {
                  "product_id": "prod_456",
                  "product_name": "Premium Widget",
                  "quantity": 2,
                  "unit_price": 29.99
                }
              ],
              "billing_address": {
                "street": "123 Main St",
                "city": "Seattle",
                "state": "WA",
                "postal_code": "98101",
                "country": "US"
              },
              "payment_info": {
                "method": "credit_card",
                "last_four_digits": "1234"
              },
              "tax_amount": 5.99,
              "shipping_amount": 9.99
            }
            """;

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
