package com.ordermanagement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port in Cosmos mode, on the run's {@link CosmosEngineTier}; one shared
 * context for every engine-tier test. Put on a subclass of an {@link ApiTest} suite, it runs that
 * suite's tests, unchanged, against the Cosmos adapter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rate-limit.enabled=false")
@ContextConfiguration(initializers = CosmosEngineTier.Initializer.class)
public @interface CosmosEngineApiTest {}
