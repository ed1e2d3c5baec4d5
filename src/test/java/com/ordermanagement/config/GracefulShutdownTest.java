package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.OrderManagementApplication;
import com.ordermanagement.support.Api;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Closing the context lets a request in flight finish, and readiness turns to refusing first. */
class GracefulShutdownTest {

    static final CountDownLatch ENTERED = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static volatile ReadinessState readinessWhileDraining;

    @Test
    void aSlowRequestInFlightCompletesWhenTheContextCloses() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(
                        OrderManagementApplication.class, SlowEndpoint.class)
                .run("--server.port=0", "--rate-limit.enabled=false");
        Api api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
        ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);

        CompletableFuture<Api.Response> inFlight = CompletableFuture.supplyAsync(() -> api.get("/test/slow"));
        assertThat(ENTERED.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        // The request is held until shutdown has begun; it then finishes inside the grace period.
        while (context.isActive() && availability.getReadinessState() != ReadinessState.REFUSING_TRAFFIC) {
            Thread.onSpinWait();
        }
        readinessWhileDraining = availability.getReadinessState();
        RELEASE.countDown();

        Api.Response response = inFlight.get(20, TimeUnit.SECONDS);
        closing.get(30, TimeUnit.SECONDS);
        assertThat(readinessWhileDraining).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("done");
    }

    @Configuration(proxyBeanMethods = false)
    static class SlowEndpoint {
        @Bean
        SlowController slowController() {
            return new SlowController();
        }
    }

    @RestController
    static class SlowController {
        @GetMapping("/test/slow")
        String slow() throws InterruptedException {
            ENTERED.countDown();
            RELEASE.await(20, TimeUnit.SECONDS);
            return "done";
        }
    }
}
