package com.ordermanagement.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The set-up every test of the running service shares: a client for the port the service listens
 * on. Subclasses choose the service's settings with {@code @SpringBootTest} or {@link ApiTest}.
 */
public abstract class HttpApiTest {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void connectToTheService() {
        api = new Api(port);
    }
}
