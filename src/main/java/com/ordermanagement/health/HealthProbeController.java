package com.ordermanagement.health;

import io.swagger.v3.oas.annotations.Operation;
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
    @Operation(summary = "Service information")
    public Map<String, Object> root() {
        Map<String, Object> body = identity("healthy");
        body.put("docs_url", "/docs");
        return body;
    }

    @GetMapping(
            path = {"/health", "/api/v1/health"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Overall health: the application and its order store (503 \"unhealthy\" without it)")
    public ResponseEntity<Map<String, Object>> overall() {
        boolean up = isUp(health.healthForPath("basic"));
        return respond(up, identity(up ? "healthy" : "unhealthy"));
    }

    @GetMapping(path = "/api/v1/health/ready", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Readiness: accepting traffic and the order store is reachable (503 \"not_ready\" otherwise)")
    public ResponseEntity<Map<String, Object>> ready() {
        HealthDescriptor readiness = health.healthForPath("readiness");
        boolean up = isUp(readiness);
        Map<String, Object> body = identity(up ? "ready" : "not_ready");
        body.put("database", storeReachable(readiness) ? "connected" : "disconnected");
        body.put("timestamp", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        if (readiness instanceof CompositeHealthDescriptor composite) {
            // Each check's status only: details (backends, settings) are configuration, not for the public.
            Map<String, String> components = new LinkedHashMap<>();
            composite
                    .getComponents()
                    .forEach((name, component) ->
                            components.put(name, component.getStatus().getCode()));
            body.put("components", components);
        }
        return respond(up, body);
    }

    @GetMapping(path = "/api/v1/health/live", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Liveness: the process is running and not broken (503 \"not_alive\" otherwise)")
    public ResponseEntity<Map<String, Object>> live() {
        boolean up = isUp(health.healthForPath("liveness"));
        return respond(up, identity(up ? "alive" : "not_alive"));
    }

    private Map<String, Object> identity(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("service", service);
        body.put("version", version);
        return body;
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

    private static ResponseEntity<Map<String, Object>> respond(boolean up, Map<String, Object> body) {
        return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(body);
    }
}
