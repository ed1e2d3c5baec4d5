package com.ordermanagement.health;

import io.swagger.v3.oas.annotations.media.Schema;

/** The Python service's health answer: {@code /health}, {@code /api/v1/health} and liveness. */
public record HealthStatus(
        @Schema(
                allowableValues = {"healthy", "unhealthy", "alive", "not_alive"},
                example = "healthy")
        String status,

        @Schema(maxLength = 100, example = "Order Management Service")
        String service,

        @Schema(maxLength = 50, example = "1.0.0") String version) {}
