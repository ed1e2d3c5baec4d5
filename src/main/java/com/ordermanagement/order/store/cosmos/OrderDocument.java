package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.core.mapping.Container;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Version;

/**
 * An order document in the Python service's layout: snake_case fields, the customer id as
 * {@code partitionKey}, {@code type: "order"}. Fields this service does not know (written by another
 * version) are kept in {@link #extra} and written back unchanged.
 */
@Container(containerName = "Orders", partitionKeyPath = "/partitionKey")
public class OrderDocument extends CosmosDocument {

    public static final String TYPE = "order";

    public OrderDocument() {
        super(TYPE);
    }

    @JsonProperty("order_number")
    public String orderNumber;

    @JsonProperty("customer_id")
    public String customerId;

    @JsonProperty("customer_email")
    public String customerEmail;

    @JsonProperty("status")
    public String status;

    @JsonProperty("items")
    public List<ItemDocument> items;

    @JsonProperty("subtotal")
    public BigDecimal subtotal;

    @JsonProperty("tax_amount")
    public BigDecimal taxAmount;

    @JsonProperty("shipping_amount")
    public BigDecimal shippingAmount;

    @JsonProperty("discount_amount")
    public BigDecimal discountAmount;

    @JsonProperty("total_amount")
    public BigDecimal totalAmount;

    @JsonProperty("currency")
    public String currency;

    @JsonProperty("billing_address")
    public AddressDocument billingAddress;

    @JsonProperty("shipping_address")
    public AddressDocument shippingAddress;

    @JsonProperty("payment_info")
    public PaymentDocument paymentInfo;

    @JsonProperty("notes")
    public String notes;

    @JsonProperty("source")
    public String source;

    @JsonProperty("cancellation_reason")
    public String cancellationReason;

    /** ISO-8601 text; the Python service wrote it without an offset, meaning UTC. */
    @JsonProperty("created_at")
    public String createdAt;

    @JsonProperty("updated_at")
    public String updatedAt;

    /** The UTC day of {@code created_at}, for grouping; documents of the Python service lack it. */
    @JsonProperty("created_day")
    public String createdDay;

    @Version
    @JsonProperty("_etag")
    public String _etag;

    @JsonIgnore
    private final Map<String, Object> extra = new LinkedHashMap<>();

    @JsonAnySetter
    public void putExtra(String name, Object value) {
        if (!name.startsWith("_")) {
            extra.put(name, value);
        }
    }

    @JsonAnyGetter
    public Map<String, Object> extra() {
        return extra;
    }

    /** New means never stored: it is then created (failing on a duplicate), otherwise replaced by ETag. */
    @Override
    @JsonIgnore
    public boolean isNew() {
        return _etag == null;
    }
}
