package com.ordermanagement.health;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** The Python service's readiness answer, plus each readiness check's status (never its details). */
public record Readiness(
        @Schema(allowableValues = {"ready", "not_ready"}) String status,

        @Schema(maxLength = 100, example = "Order Management Service")
        String service,

        @Schema(maxLength = 50, example = "1.0.0") String version,

        @Schema(allowableValues = {"connected", "disconnected"})
        String database,

        Instant timestamp,

        @Schema(
                description = "Each readiness check by name, with its status",
                example = "{\"orderStore\": \"UP\", \"rateLimiter\": \"UP\", \"readinessState\": \"UP\"}")
        Map<String, String> components) {}
