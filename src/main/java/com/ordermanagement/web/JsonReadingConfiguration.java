package com.ordermanagement.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;

/**
 * How request bodies are read, beyond {@code spring.jackson.*}: as leniently as the Python service's
 * pydantic models where clients rely on it (unknown members ignored, numbers as strings; see
 * application.yml), and strictly where leniency hides mistakes or attacks.
 */
@Configuration(proxyBeanMethods = false)
public class JsonReadingConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictWhereItMatters() {
        return builder -> builder
                // {"notes": "a", "notes": "b"} is ambiguous: proxies and parsers disagree on which wins.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // "" is not a number: pydantic refused it, and null would silently mean "default".
                .withCoercionConfigDefaults(
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
