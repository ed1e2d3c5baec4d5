package com.ordermanagement.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container and Kubernetes files agree with the application: the port it listens on, the probe
 * paths it serves, a non-root user, and no secrets baked in. (Docker itself cannot run here.)
 */
class DeploymentFilesTest {

    /**
     * Kubernetes and Docker probe Actuator's own groups on the application port (Actuator's additional
     * paths); the Python paths are for the Python clients.
     */
    static final String LIVENESS = "/livez";

    static final String READINESS = "/readyz";

    @Test
    void theDockerfileExposesTheApplicationPortRunsAsNonRootAndChecksLiveness() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        String applicationYml = Files.readString(Path.of("src/main/resources/application.yml"));

        assertThat(applicationYml).contains("port: ${PORT:8000}");
        assertThat(dockerfile).contains("EXPOSE 8000").contains("PORT=8000");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)").matcher(dockerfile);
        assertThat(user.find()).isTrue();
        assertThat(user.group(1)).doesNotStartWith("0").isNotEqualTo("root");
        assertThat(dockerfile).containsPattern("(?s)HEALTHCHECK .*" + Pattern.quote(LIVENESS));
        assertThat(dockerfile).doesNotContainPattern("(?m)^(ENV|ARG)[^\\n]*(COSMOS_KEY|AccountKey)");
        assertThat(dockerfile).contains("eclipse-temurin").contains("JarLauncher");
    }

    @Test
    void kubernetesProbesUseTheServicesHealthPaths() throws IOException {
        String deployment = Files.readString(Path.of("deploy/kubernetes/deployment.yaml"));

        assertThat(deployment).contains("path: " + LIVENESS).contains("path: " + READINESS);
        assertThat(deployment).contains("containerPort: 8000").contains("runAsNonRoot: true");
        assertThat(deployment).contains("readOnlyRootFilesystem: true");
    }

    @Test
    void theProbeGroupsAreEnabled() throws IOException {
        String applicationYml = Files.readString(Path.of("src/main/resources/application.yml"));

        assertThat(applicationYml).containsPattern("(?s)probes:\\s+enabled: true");
        assertThat(applicationYml).contains("add-additional-paths: true");
        assertThat(applicationYml).containsPattern("(?s)readiness:\\s+include: readinessState,orderStore");
    }

    @Test
    void theEnvironmentExampleListsEveryConfigurationVariable() throws IOException {
        String example = Files.readString(Path.of(".env.example"));
        String readme = Files.readString(Path.of("README.md"));

        for (String variable : new String[] {
            "PORT",
            "COSMOS_ENDPOINT",
            "COSMOS_KEY",
            "COSMOS_DATABASE",
            "COSMOS_CONTAINER",
            "COSMOS_CONNECTION_MODE",
            "LOG_LEVEL",
            "LOG_FORMAT",
            "DEBUG",
            "CORS_ALLOWED_ORIGINS",
            "RATE_LIMIT_REQUESTS_PER_MINUTE",
            "RATE_LIMIT_ENABLED",
            "TRUSTED_PROXIES",
            "MAX_REQUEST_SIZE",
            "REDIS_URL"
        }) {
            assertThat(example).as(variable).containsPattern("(?m)^#? ?" + variable + "=");
            assertThat(readme).as(variable).contains("`" + variable + "`");
        }
    }
}
