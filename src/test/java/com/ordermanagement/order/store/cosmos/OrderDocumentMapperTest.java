package com.ordermanagement.order.store.cosmos;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.spring.data.cosmos.core.convert.ObjectMapperFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ordermanagement.cosmos.CosmosTimestamps;
import com.ordermanagement.order.domain.Order;
import com.ordermanagement.order.domain.OrderStatus;
import com.ordermanagement.order.domain.PaymentMethod;
import com.ordermanagement.support.SampleOrders;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderDocumentMapperTest {

    private static final ObjectMapper COSMOS_JSON = ObjectMapperFactory.getObjectMapper();

    /** An order exactly as the Python service stored it: floats, a timestamp without offset, system fields. */
    private static final String PYTHON_DOCUMENT = """
            {"id": "order_789", "partitionKey": "cust_456", "type": "order",
             "order_number": "ORD-20260121-ABC123", "customer_id": "cust_456",
             "customer_email": "customer@example.com", "status": "confirmed",
             "items": [{"product_id": "prod_123", "product_name": "Premium Widget", "quantity": 2,
                        "unit_price": 29.99, "total_price": 59.980000000000004}],
             "subtotal": 59.98, "tax_amount": 5.99, "shipping_amount": 9.99, "discount_amount": 0.0,
             "total_amount": 75.96, "currency": "USD",
             "billing_address": {"street": "123 Main St", "city": "Seattle", "state": "WA", "postal_code": "98101"},
             "shipping_address": null,
             "payment_info": {"method": "credit_card", "status": "pending", "last_four_digits": "1234"},
             "notes": null, "created_at": "2026-01-21T10:00:00", "updated_at": "2026-01-21T11:30:00.250000+00:00",
             "loyalty_tier": "gold",
             "_rid": "abc==", "_self": "dbs/x/colls/y/docs/z/", "_etag": "\\"0000d1-0000\\"",
             "_attachments": "attachments/", "_ts": 1768989600}
            """;

    @Test
    void readsAPythonServiceDocumentWithoutMigration() throws Exception {
        OrderDocument document = CosmosJson.read(COSMOS_JSON.readTree(PYTHON_DOCUMENT), OrderDocument.class);
        Order order = OrderDocumentMapper.toOrder(document);

        assertThat(order.id()).isEqualTo("order_789");
        assertThat(order.customerId()).isEqualTo("cust_456");
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.items().get(0).totalPrice()).hasToString("59.98");
        assertThat(order.discountAmount()).hasToString("0.00");
        assertThat(order.totalAmount()).hasToString("75.96");
        assertThat(order.billingAddress().country()).isEqualTo("US");
        assertThat(order.paymentInfo().method()).isEqualTo(PaymentMethod.CREDIT_CARD);
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2026-01-21T10:00:00Z"));
        assertThat(order.updatedAt()).isEqualTo(Instant.parse("2026-01-21T11:30:00.25Z"));
        assertThat(order.source()).isEqualTo("api");
        assertThat(document._etag).isEqualTo("\"0000d1-0000\"");
    }

    @Test
    void fieldsThisServiceDoesNotKnowSurviveAWriteBackButSystemFieldsAreLeftToCosmos() throws Exception {
        OrderDocument document = CosmosJson.read(COSMOS_JSON.readTree(PYTHON_DOCUMENT), OrderDocument.class);

        JsonNode written = COSMOS_JSON.valueToTree(document);

        assertThat(written.get("loyalty_tier").asText()).isEqualTo("gold");
        assertThat(written.has("_rid")).isFalse();
        assertThat(written.has("_ts")).isFalse();
    }

    @Test
    void writesOrdersInThePythonServiceLayout() {
        Order order = SampleOrders.order("cust-1", "ORD-20260115-AAAAAB", Instant.parse("2026-01-15T23:59:59.5Z"));

        JsonNode written = COSMOS_JSON.valueToTree(OrderDocumentMapper.toDocument(order));

        assertThat(written.get("partitionKey").asText()).isEqualTo("cust-1");
        assertThat(written.get("type").asText()).isEqualTo("order");
        assertThat(written.get("customer_id").asText()).isEqualTo("cust-1");
        assertThat(written.get("order_number").asText()).isEqualTo("ORD-20260115-AAAAAB");
        assertThat(written.get("status").asText()).isEqualTo("pending");
        assertThat(written.get("total_amount").isNumber()).isTrue();
        assertThat(written.get("total_amount").decimalValue()).isEqualByComparingTo("26.49");
        assertThat(written.get("items").get(0).get("unit_price").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(written.get("billing_address").get("postal_code").asText()).isEqualTo("98101");
        assertThat(written.get("payment_info").get("last_four_digits").asText()).isEqualTo("4242");
        assertThat(written.get("created_at").asText()).isEqualTo("2026-01-15T23:59:59.500000Z");
        assertThat(written.get("created_day").asText()).isEqualTo("2026-01-15");
        assertThat(written.get("updated_at").isNull()).isTrue();
    }

    @Test
    void anOrderSurvivesTheRoundTripThroughItsDocument() throws Exception {
        Order order = SampleOrders.order("cust-2", "ORD-20260115-AAAAAC", Instant.parse("2026-01-15T08:00:00.123456Z"))
                .withStatus(OrderStatus.CANCELLED, "changed mind", Instant.parse("2026-01-16T00:00:00Z"));

        String json = COSMOS_JSON.writeValueAsString(OrderDocumentMapper.toDocument(order));
        Order read = OrderDocumentMapper.toOrder(CosmosJson.read(COSMOS_JSON.readTree(json), OrderDocument.class));

        assertThat(read).isEqualTo(order);
    }

    @Test
    void timestampsSortAsTextInTimeOrder() {
        String earlier = CosmosTimestamps.format(Instant.parse("2026-01-15T10:00:00Z"));
        String later = CosmosTimestamps.format(Instant.parse("2026-01-15T10:00:00.5Z"));

        assertThat(earlier).isLessThan(later);
        assertThat(CosmosTimestamps.parse(earlier)).isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(CosmosTimestamps.parse("2026-01-15T12:00:00+02:00"))
                .isEqualTo(Instant.parse("2026-01-15T10:00:00Z"));
        assertThat(CosmosTimestamps.parse(null)).isNull();
    }

    @Test
    void lookupDocumentsHaveTheirOwnTypeAndPartition() {
        OrderNumberDocument number = OrderNumberDocument.reserve(
                "ORD-20260115-AAAAAB", "id-1", "cust-1", java.time.Instant.parse("2026-01-15T10:00:00Z"));
        IdempotencyKeyDocument claim = IdempotencyKeyDocument.claim(
                "my key/with?odd#chars", "fp", "id-1", "cust-1", java.time.Duration.ofHours(24));

        assertThat(number.partitionKey).isEqualTo("order_number:ORD-20260115-AAAAAB");
        assertThat(number.type).isEqualTo("order_number");
        assertThat(claim.id).matches("idem-[0-9a-f]{64}");
        assertThat(claim.partitionKey).isEqualTo("idempotency_key:" + claim.id);
        assertThat(claim.type).isNotEqualTo(OrderDocument.TYPE);
        assertThat(claim.ttl)
                .as("Cosmos DB expires the claim after the retention window")
                .isEqualTo(86_400);
        assertThat(claim.id)
                .as("keys are scoped per customer")
                .isNotEqualTo(IdempotencyKeyDocument.claim(
                                "my key/with?odd#chars", "fp", "id-1", "cust-2", java.time.Duration.ofHours(24))
                        .id);
    }
}
