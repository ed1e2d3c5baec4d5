package com.ordermanagement.order.store.cosmos;

import com.azure.spring.data.cosmos.core.mapping.PartitionKey;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Persistable;

/**
 * What every document this service keeps in the shared container has: an id, the partition value
 * ({@code /partitionKey}) and a {@code type} that tells orders from lookup documents, so that readers
 * filtering on {@code type = 'order'} (the Python service among them) see orders only.
 */
public abstract class CosmosDocument implements Persistable<String> {

    @Id
    @JsonProperty("id")
    public String id;

    @PartitionKey
    @JsonProperty("partitionKey")
    public String partitionKey;

    @JsonProperty("type")
    public String type;

    protected CosmosDocument(String type) {
        this.type = type;
    }

    @Override
    public String getId() {
        return id;
    }

    /** Lookup documents are only ever created; a write of one that exists is a conflict. */
    @Override
    @JsonIgnore
    public boolean isNew() {
        return true;
    }
}
