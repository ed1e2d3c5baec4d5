package com.ordermanagement.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on a random port with the embedded store; one shared context for all API tests.
 * The rate limit is off here (the tests send far more than 100 requests a minute from one address);
 * its own tests switch it on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rate-limit.enabled=false")
public @interface ApiTest {}
