package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class VirtualThreadsDefaultTest {

    @Test
    void java25AndLaterDefaultToVirtualThreads() {
        StandardEnvironment environment = new StandardEnvironment();

        new VirtualThreadsDefault(25).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("true");
    }

    @Test
    void anExplicitSettingWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("explicit", Map.of("spring.threads.virtual.enabled", "false")));

        new VirtualThreadsDefault(25).postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("spring.threads.virtual.enabled")).isEqualTo("false");
    }

    @Test
    void java17KeepsPlatformThreads() {
        StandardEnvironment environment = new StandardEnvironment();

        new VirtualThreadsDefault(17).postProcessEnvironment(environment, null);

        assertThat(environment.containsProperty("spring.threads.virtual.enabled"))
                .isFalse();
    }
}
