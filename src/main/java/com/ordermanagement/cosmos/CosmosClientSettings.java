package com.ordermanagement.cosmos;

import com.azure.cosmos.ConsistencyLevel;
import com.azure.cosmos.CosmosClientBuilder;
import com.azure.cosmos.CosmosDiagnosticsThresholds;
import com.azure.cosmos.CosmosEndToEndOperationLatencyPolicyConfigBuilder;
import com.azure.cosmos.DirectConnectionConfig;
import com.azure.cosmos.GatewayConnectionConfig;
import com.azure.cosmos.ThrottlingRetryOptions;
import com.azure.cosmos.models.CosmosClientTelemetryConfig;
import com.azure.cosmos.models.CosmosMicrometerMetricsOptions;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;

/**
 * What the Cosmos client is told beyond where to connect: bounded retries of throttled calls, an
 * end-to-end timeout for every operation (each call also carries what is left of its request's
 * budget), endpoint discovery off for an emulator, diagnostics thresholds and request-unit metrics.
 */
record CosmosClientSettings(
        boolean endpointDiscovery,
        int throttlingMaxRetries,
        Duration throttlingMaxRetryWait,
        Duration operationTimeout,
        Duration slowPointOperation,
        Duration slowQuery,
        float slowRequestCharge) {

    static CosmosClientSettings of(CosmosProperties connection, CosmosTuning tuning) {
        boolean discovery =
                tuning.endpointDiscovery() != null ? tuning.endpointDiscovery() : !onThisMachine(connection.endpoint());
        return new CosmosClientSettings(
                discovery,
                tuning.throttlingMaxRetries(),
                // A retry wait beyond the request's budget is cut short by the end-to-end timeout anyway.
                min(tuning.throttlingMaxRetryWait(), tuning.requestTimeout()),
                tuning.requestTimeout(),
                tuning.slowPointOperation(),
                tuning.slowQuery(),
                tuning.slowRequestCharge());
    }

    /** A builder for the account in {@code connection}, with these settings. */
    CosmosClientBuilder builder(CosmosProperties connection, MeterRegistry meters) {
        CosmosClientBuilder builder = applyTo(new CosmosClientBuilder(), meters)
                .endpoint(connection.endpoint().trim())
                .key(connection.key())
                .consistencyLevel(ConsistencyLevel.SESSION)
                .contentResponseOnWriteEnabled(true)
                .userAgentSuffix("order-management-service");
        return connection.connectionMode() == CosmosProperties.ConnectionMode.GATEWAY
                ? builder.gatewayMode(GatewayConnectionConfig.getDefaultConfig())
                : builder.directMode(DirectConnectionConfig.getDefaultConfig());
    }

    CosmosClientBuilder applyTo(CosmosClientBuilder builder, MeterRegistry meters) {
        return builder.endpointDiscoveryEnabled(endpointDiscovery)
                .throttlingRetryOptions(new ThrottlingRetryOptions()
                        .setMaxRetryAttemptsOnThrottledRequests(throttlingMaxRetries)
                        .setMaxRetryWaitTime(throttlingMaxRetryWait))
                .endToEndOperationLatencyPolicyConfig(
                        new CosmosEndToEndOperationLatencyPolicyConfigBuilder(operationTimeout).build())
                .clientTelemetryConfig(new CosmosClientTelemetryConfig()
                        // Request units and latency per operation (cosmos.client.op.RUs, .latency) in Prometheus.
                        .metricsOptions(new CosmosMicrometerMetricsOptions().meterRegistry(meters))
                        .diagnosticsThresholds(new CosmosDiagnosticsThresholds()
                                .setPointOperationLatencyThreshold(slowPointOperation)
                                .setNonPointOperationLatencyThreshold(slowQuery)
                                .setRequestChargeThreshold(slowRequestCharge))
                        .diagnosticsHandler(new SlowOperationLog()));
    }

    /**
     * An endpoint on this machine is an emulator (or a stand-in): the account it describes advertises
     * addresses of its own, which the SDK would follow instead of the endpoint it was given. Only a
     * name can say so: an IP-address endpoint is refused at start-up (see {@link CosmosProperties}).
     */
    static boolean onThisMachine(String endpoint) {
        String host = URI.create(endpoint.trim()).getHost();
        return host != null && ("localhost".equalsIgnoreCase(host) || host.endsWith(".localhost"));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
