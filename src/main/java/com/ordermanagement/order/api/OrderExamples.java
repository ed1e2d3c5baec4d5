package com.ordermanagement.order.api;

/**
 * Request and response examples shown in the OpenAPI document, taken from the reference README. The
 * create example is also the tests' reference order, so what the docs promise is what is tested.
 */
public final class OrderExamples {

    public static final String CREATE_REQUEST = """
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

    static final String UPDATE_REQUEST = """
            {
              "status": "confirmed",
              "notes": "Leave at the front desk",
              "payment_info": {"status": "authorized", "transaction_id": "txn_0042"}
            }
            """;

    static final String CANCEL_REQUEST = """
            {"reason": "Customer changed their mind"}
            """;

    private OrderExamples() {}
}
