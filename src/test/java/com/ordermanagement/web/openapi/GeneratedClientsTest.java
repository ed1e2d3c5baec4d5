package com.ordermanagement.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.Programs;
import com.ordermanagement.support.TestTools;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Clients generated from the served document work, as a user would generate and use them:
 * openapi-generator's command line makes a Java ("native") and a TypeScript ("typescript-fetch")
 * client, each is compiled, and a scenario written against it creates, reads, lists, confirms and
 * cancels an order and reads the month's summary through the running service. The commands are the
 * ones README "Generating a client" gives.
 */
@ApiTest
class GeneratedClientsTest extends HttpApiTest {

    private static final Path WORK = Path.of("target", "generated-clients").toAbsolutePath();

    private Path generator;
    private Path document;

    @BeforeEach
    void fetchTheDocument() throws IOException {
        generator = TestTools.path("test-tools.openapi-generator");
        document = WORK.resolve("openapi.json");
        Files.createDirectories(WORK);
        Files.writeString(document, api.get("/openapi.json").body());
    }

    @Test
    void theDocumentPassesTheGeneratorsOwnValidation() {
        String output = Programs.run(
                WORK, Map.of(), java(), "-jar", generator.toString(), "validate", "-i", document.toString());

        assertThat(output).contains("No validation issues detected");
    }

    @Test
    void aGeneratedJavaClientRunsTheOrderScenario() throws Exception {
        Path out = fresh(WORK.resolve("java"));
        generate(
                "java",
                out,
                "--library",
                "native",
                "--additional-properties",
                "useJakartaEe=true,hideGenerationTimestamp=true,invokerPackage=com.example.orders.client,"
                        + "apiPackage=com.example.orders.client.api,modelPackage=com.example.orders.client.model");
        Path scenario = out.resolve("src/main/java/com/example/orders/scenario/OrderClientScenario.java");
        Files.createDirectories(scenario.getParent());
        Files.copy(Path.of("src/test/resources/clients/OrderClientScenario.java"), scenario);
        Path classes = fresh(out.resolve("classes"));

        List<String> arguments = new ArrayList<>(List.of(
                "-d",
                classes.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "-nowarn",
                "-proc:none"));
        try (Stream<Path> sources = Files.walk(out.resolve("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> arguments.add(path.toString()));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int compiled = javac.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(compiled).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            Method run = loader.loadClass("com.example.orders.scenario.OrderClientScenario")
                    .getMethod("run", String.class, String.class);
            String result = (String) run.invoke(null, "http://localhost:" + port, "generated-java-client");

            assertThat(result).matches("ORD-\\d{8}-[0-9A-F]{8} cancelled");
        }
    }

    @Test
    void aGeneratedTypeScriptClientRunsTheOrderScenario() throws IOException {
        Path node = TestTools.path("test-tools.node");
        Path tools = TestTools.path("test-tools.api-tools");
        Path project = fresh(WORK.resolve("typescript"));
        generate("typescript-fetch", project.resolve("client"));
        Files.copy(Path.of("src/test/resources/clients/scenario.ts"), project.resolve("scenario.ts"));
        Files.copy(Path.of("src/test/resources/clients/tsconfig.json"), project.resolve("tsconfig.json"));

        Programs.run(
                project,
                Map.of(),
                node.toString(),
                tools.resolve("typescript/bin/tsc").toAbsolutePath().toString(),
                "-p",
                ".");
        String output = Programs.run(
                project,
                Map.of("BASE_URL", "http://localhost:" + port, "CUSTOMER", "generated-ts-client"),
                node.toString(),
                "out/scenario.js");

        assertThat(output).containsPattern("SCENARIO OK ORD-\\d{8}-[0-9A-F]{8} cancelled");
    }

    /** openapi-generator's command line, as README "Generating a client" gives it. */
    private void generate(String generatorName, Path out, String... options) {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-jar",
                generator.toString(),
                "generate",
                "-i",
                document.toString(),
                "-g",
                generatorName,
                "-o",
                out.toString()));
        command.addAll(List.of(options));
        Programs.run(WORK, Map.of(), command.toArray(String[]::new));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Path fresh(Path directory) throws IOException {
        FileSystemUtils.deleteRecursively(directory);
        return Files.createDirectories(directory);
    }
}
