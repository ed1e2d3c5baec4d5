package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.core.convert.ObjectMapperFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Documents to and from JSON with Spring Data Cosmos's own mapper, as its repositories would. */
final class CosmosJson {

    private static final ObjectMapper MAPPER = ObjectMapperFactory.getObjectMapper();

    private CosmosJson() {}

    static JsonNode tree(Object document) {
        return MAPPER.valueToTree(document);
    }

    static <T> T read(JsonNode node, Class<T> type) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable " + type.getSimpleName(), e);
        }
    }
}
