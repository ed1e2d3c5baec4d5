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

    static final String ORDER = """
            {
              "id": "744259b6-0652-47a5-8256-66b929898727",
              "order_number": "ORD-20261130-744259B6",
              "customer_id": "cust_123",
              "customer_email": "john.doe@example.com",
              "status": "pending",
              "items": [
                {
                  "product_id": "prod_456",
                  "product_name": "Premium Widget",
                  "quantity": 2,
                  "unit_price": 29.99,
                  "total_price": 59.98
                }
              ],
              "subtotal": 59.98,
              "tax_amount": 5.99,
              "shipping_amount": 9.99,
              "discount_amount": 0.00,
              "total_amount": 75.96,
              "currency": "USD",
              "billing_address": {
                "street": "123 Main St",
                "city": "Seattle",
                "state": "WA",
                "postal_code": "98101",
                "country": "US"
              },
              "shipping_address": {
                "street": "123 Main St",
                "city": "Seattle",
                "state": "WA",
                "postal_code": "98101",
                "country": "US"
              },
              "payment_info": {
                "method": "credit_card",
                "status": "pending",
                "last_four_digits": "1234",
                "transaction_id": null,
                "processor": null
              },
              "notes": null,
              "source": "api",
              "cancellation_reason": null,
              "created_at": "2026-11-30T08:49:57.506144Z",
              "updated_at": null
            }
            """;

    /** One page holding the order above (an annotation value, so built from constants only). */
    static final String PAGE = "{\"orders\": [" + ORDER + "], \"total_count\": 1, \"page\": 1, \"page_size\": 20,"
            + " \"total_pages\": 1, \"has_next\": false, \"next_continuation_token\": null}";

    static final String DELETED = """
            {
              "message": "Order ORD-20261130-744259B6 deleted successfully",
              "order_id": "744259b6-0652-47a5-8256-66b929898727"
            }
            """;

    private OrderExamples() {}
}
