package com.ordermanagement.cosmos;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when {@code COSMOS_ENDPOINT} (property {@code cosmos.endpoint}) is set: the service then stores in Cosmos DB. */
public class CosmosConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return StringUtils.hasText(context.getEnvironment().getProperty("cosmos.endpoint"));
    }

    /** The opposite: no endpoint, so the embedded in-memory store serves. */
    public static class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new CosmosConfigured().matches(context, metadata);
        }
    }
}
