package com.ordermanagement.config;

import com.ordermanagement.order.domain.OrderNumber;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class DomainConfiguration {

    /** Every timestamp and every "today" of the service comes from this clock, in UTC. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    OrderNumber orderNumbers() {
        return new OrderNumber();
    }
}
