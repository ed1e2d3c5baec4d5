package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.core.convert.ObjectMapperFactory;
import com.ordermanagement.order.domain.Order;

/** Reads a Cosmos document as the Cosmos adapter does, so other tests can store Python-made orders. */
public final class PythonDocuments {

    private PythonDocuments() {}

    public static Order toOrder(String cosmosDocument) {
        try {
            return OrderDocumentMapper.toOrder(CosmosJson.read(
                    ObjectMapperFactory.getObjectMapper().readTree(cosmosDocument), OrderDocument.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON", e);
        }
    }
}
