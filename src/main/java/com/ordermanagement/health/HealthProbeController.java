package com.ordermanagement.health;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Python service's service-information and health endpoints, in its shapes, answered from
 * Actuator's health groups. Actuator's own {@code /actuator/health/liveness} and {@code /readiness}
 * stay for Kubernetes; these keep the Python service's clients and monitors working.
 */
@RestController
@Tag(name = "Health", description = "Service information, liveness and readiness")
public class HealthProbeController {

    private final HealthEndpoint health;
    private final Clock clock;
    private final String service;
    private final String version;

    public HealthProbeController(
            HealthEndpoint health,
            Clock clock,
            @Value("${service-info.name}") String service,
            @Value("${service-info.version}") String version) {
        this.health = health;
        this.clock = clock;
        this.service = service;
        this.version = version;
    }

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getServiceInfo", summary = "Service information")
    public ServiceInfo root() {
        return new ServiceInfo(service, version, "healthy", "/docs");
    }

    @GetMapping(
            path = {"/health", "/api/v1/health"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getHealth",
            summary = "Overall health: the application and its order store (503 \"unhealthy\" without it)")
    @ApiResponse(responseCode = "200", description = "Healthy")
    @ApiResponse(
            responseCode = "503",
            description = "Unhealthy",
            content = @Content(schema = @Schema(implementation = HealthStatus.class)))
    public ResponseEntity<HealthStatus> overall() {
        boolean up = isUp(health.healthForPath("basic"));
        return respond(up, new HealthStatus(up ? "healthy" : "unhealthy", service, version));
    }

    @GetMapping(path = "/api/v1/health/ready", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getReadiness",
            summary = "Readiness: accepting traffic and the order store is reachable (503 \"not_ready\" otherwise)")
    @ApiResponse(responseCode = "200", description = "Ready")
    @ApiResponse(
            responseCode = "503",
            description = "Not ready: the order store is unreachable or the service is starting or stopping",
            content = @Content(schema = @Schema(implementation = Readiness.class)))
    public ResponseEntity<Readiness> ready() {
        HealthDescriptor readiness = health.healthForPath("readiness");
        boolean up = isUp(readiness);
        // Each check's status only: details (backends, settings) are configuration, not for the public.
        Map<String, String> components = new LinkedHashMap<>();
        if (readiness instanceof CompositeHealthDescriptor composite) {
            composite
                    .getComponents()
                    .forEach((name, component) ->
                            components.put(name, component.getStatus().getCode()));
        }
        return respond(
                up,
                new Readiness(
                        up ? "ready" : "not_ready",
                        service,
                        version,
                        storeReachable(readiness) ? "connected" : "disconnected",
                        clock.instant().truncatedTo(ChronoUnit.MILLIS),
                        components));
    }

    @GetMapping(path = "/api/v1/health/live", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "getLiveness",
            summary = "Liveness: the process is running and not broken (503 \"not_alive\" otherwise)")
    @ApiResponse(responseCode = "200", description = "Alive")
    @ApiResponse(
            responseCode = "503",
            description = "Not alive",
            content = @Content(schema = @Schema(implementation = HealthStatus.class)))
    public ResponseEntity<HealthStatus> live() {
        boolean up = isUp(health.healthForPath("liveness"));
        return respond(up, new HealthStatus(up ? "alive" : "not_alive", service, version));
    }

    private static boolean isUp(HealthDescriptor descriptor) {
        return descriptor != null && Status.UP.equals(descriptor.getStatus());
    }

    private static boolean storeReachable(HealthDescriptor readiness) {
        if (readiness instanceof CompositeHealthDescriptor composite) {
            return isUp(composite.getComponents().get("orderStore"));
        }
        return false;
    }

    private static <T> ResponseEntity<T> respond(boolean up, T body) {
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(body);
    }
}
