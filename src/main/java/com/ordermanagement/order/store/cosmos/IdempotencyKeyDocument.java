package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.core.mapping.Container;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Claims an Idempotency-Key for one customer: the id is a hash of the customer id and the key (keys
 * may hold characters Cosmos ids may not, and one customer's key must not collide with another's), in
 * a partition of its own, so the first claim wins and later ones conflict. {@code ttl} lets Cosmos DB
 * delete the claim after the retention window (the container needs TTL on: default TTL -1, which this
 * service sets on containers it creates).
 */
@Container(containerName = "Orders", partitionKeyPath = "/partitionKey")
public class IdempotencyKeyDocument extends CosmosDocument {

    public static final String TYPE = "idempotency_key";

    public IdempotencyKeyDocument() {
        super(TYPE);
    }

    @JsonProperty("request_fingerprint")
    public String requestFingerprint;

    @JsonProperty("order_id")
    public String orderId;

    @JsonProperty("customer_id")
    public String customerId;

    /** Seconds until Cosmos DB expires the claim. */
    @JsonProperty("ttl")
    public Integer ttl;

    public static String idOf(String customerId, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((customerId + '\n' + key).getBytes(StandardCharsets.UTF_8));
            return "idem-" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String partitionOf(String id) {
        return TYPE + ":" + id;
    }

    public static IdempotencyKeyDocument claim(
            String key, String fingerprint, String orderId, String customerId, java.time.Duration retention) {
        IdempotencyKeyDocument document = new IdempotencyKeyDocument();
        document.id = idOf(customerId, key);
        document.ttl = (int) Math.max(1, Math.min(Integer.MAX_VALUE, retention.toSeconds()));
        document.partitionKey = partitionOf(document.id);
        document.requestFingerprint = fingerprint;
        document.orderId = orderId;
        document.customerId = customerId;
        return document;
    }
}
