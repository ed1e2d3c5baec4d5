package com.ordermanagement.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves Actuator's health groups on the paths the Python service used, so existing Kubernetes
 * manifests keep probing the same URLs.
 */
@RestController
@Tag(name = "Health", description = "Liveness and readiness probes")
public class HealthProbeController {

    private final HealthEndpoint health;

    public HealthProbeController(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Overall health: the application and its order store")
    public ResponseEntity<HealthDescriptor> overall() {
        return respond(health.healthForPath("basic"));
    }

    @GetMapping(path = "/api/v1/health/ready", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Readiness: accepting traffic and the order store is reachable")
    public ResponseEntity<HealthDescriptor> ready() {
        return respond(health.healthForPath("readiness"));
    }

    @GetMapping(path = "/api/v1/health/live", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Liveness: the process is running and not broken")
    public ResponseEntity<HealthDescriptor> live() {
        return respond(health.healthForPath("liveness"));
    }

    private static ResponseEntity<HealthDescriptor> respond(HealthDescriptor descriptor) {
        if (descriptor == null) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        HttpStatus status = Status.UP.equals(descriptor.getStatus()) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE;
        return ResponseEntity.status(status).body(descriptor);
    }
}
