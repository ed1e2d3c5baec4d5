package com.ordermanagement.order.store.cosmos;

import com.fasterxml.jackson.annotation.JsonProperty;

public record AddressDocument(
        @JsonProperty("street") String street,
        @JsonProperty("city") String city,
        @JsonProperty("state") String state,
        @JsonProperty("postal_code") String postalCode,
        @JsonProperty("country") String country) {}
