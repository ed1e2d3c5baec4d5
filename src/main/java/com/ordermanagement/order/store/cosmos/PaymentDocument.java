package com.ordermanagement.order.store.cosmos;

import com.fasterxml.jackson.annotation.JsonProperty;

public record PaymentDocument(
        @JsonProperty("method") String method,
        @JsonProperty("status") String status,
        @JsonProperty("last_four_digits") String lastFourDigits,
        @JsonProperty("transaction_id") String transactionId,
        @JsonProperty("processor") String processor) {}
