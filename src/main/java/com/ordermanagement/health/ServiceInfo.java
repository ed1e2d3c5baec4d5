package com.ordermanagement.health;

import io.swagger.v3.oas.annotations.media.Schema;

/** The Python service's answer at {@code /}: who this is and where its documentation lives. */
public record ServiceInfo(
        @Schema(maxLength = 100, example = "Order Management Service")
        String service,

        @Schema(maxLength = 50, example = "1.0.0") String version,
        @Schema(allowableValues = "healthy") String status,
        @Schema(maxLength = 100, example = "/docs") String docsUrl) {}
