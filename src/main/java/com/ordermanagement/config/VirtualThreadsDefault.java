package com.ordermanagement.config;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On Java 25 and later, requests run on virtual threads unless {@code spring.threads.virtual.enabled}
 * ({@code SPRING_THREADS_VIRTUAL_ENABLED}) says otherwise: bench/run.sh measured them faster there
 * for the order calls when this was chosen, and 0.95–1.15 × platform threads' throughput over runs J
 * to L (bench/results/performance-notes-issue-18.md); the run at bfaaef5 measured POST 1.01 × and GET
 * 0.88 × (docs/PERFORMANCE.md), which issue 33's choice of JVM defaults weighs. Java 17 has no
 * virtual threads.
 */
public class VirtualThreadsDefault implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "spring.threads.virtual.enabled";
    static final int FIRST_FASTER_RELEASE = 25;

    private final int javaRelease;

    public VirtualThreadsDefault() {
        this(Runtime.version().feature());
    }

    VirtualThreadsDefault(int javaRelease) {
        this.javaRelease = javaRelease;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (javaRelease >= FIRST_FASTER_RELEASE && !environment.containsProperty(PROPERTY)) {
            environment
                    .getPropertySources()
                    .addLast(new MapPropertySource("virtualThreadsDefault", Map.of(PROPERTY, "true")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
