package com.ordermanagement.order.store.cosmos;

import com.ordermanagement.support.CosmosEmulator;
import org.junit.jupiter.api.Tag;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The number sweep against the emulator. Skipped without Docker. */
@Tag("cosmos-emulator")
@Testcontainers(disabledWithoutDocker = true)
class CosmosEmulatorNumberSweepTest extends NumberSweepContract {

    @Override
    protected ConfigurableApplicationContext service() throws Exception {
        return CosmosEmulator.service();
    }
}
