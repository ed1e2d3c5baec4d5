package com.ordermanagement.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.ApiTest;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.Programs;
import com.ordermanagement.support.TestTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served document through the linters its users run: Redocly's recommended rules with no
 * error, and Spectral's OpenAPI and OWASP API Security rules with every error either fixed or
 * justified in the document itself, by an {@code x-lint-justification} on the node (or an ancestor)
 * naming the rule. The counts land in target/openapi-lint/*-summary.txt; README quotes them.
 */
@ApiTest
class OpenApiLintTest extends HttpApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path WORK = Path.of("target", "openapi-lint").toAbsolutePath();

    private Path node;
    private Path tools;
    private Path document;
    private JsonNode served;

    @BeforeEach
    void fetchTheDocument() throws IOException {
        node = TestTools.path("test-tools.node");
        tools = TestTools.path("test-tools.api-tools");
        Files.createDirectories(WORK);
        document = WORK.resolve("openapi.json");
        String text = api.get("/openapi.json").body();
        Files.writeString(document, text);
        served = JSON.readTree(text);
    }

    @Test
    void redoclysRecommendedRulesFindNoError() throws IOException {
        Path report = WORK.resolve("redocly.json");
        Programs.runReporting(
                WORK,
                Map.of("REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"),
                report,
                node.toString(),
                tools.resolve("@redocly/cli/bin/cli.js").toString(),
                "lint",
                "--extends=recommended",
                "--format=json",
                document.toString());
        JsonNode totals = JSON.readTree(Files.readString(report)).path("totals");

        record(
                "redocly",
                "Redocly (recommended)",
                totals.path("errors").asInt(),
                totals.path("warnings").asInt(),
                0);
        assertThat(totals.path("errors").asInt()).as(Files.readString(report)).isZero();
    }

    @Test
    void spectralsOwaspErrorsAreFixedOrJustifiedInTheDocument() throws IOException {
        Path ruleset = WORK.resolve("spectral.yaml");
        Files.writeString(
                ruleset,
                "extends:\n  - spectral:oas\n  - " + tools.resolve("@stoplight/spectral-owasp-ruleset/dist/ruleset.js")
                        + "\n");
        Path report = WORK.resolve("spectral.json");
        Programs.runReporting(
                WORK,
                Map.of(),
                report,
                node.toString(),
                tools.resolve("@stoplight/spectral-cli/dist/index.js").toString(),
                "lint",
                "--ruleset",
                ruleset.toString(),
                "--format",
                "json",
                "--quiet",
                document.toString());
        JsonNode findings = JSON.readTree(Files.readString(report));

        List<String> unjustified = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int justified = 0;
        for (JsonNode finding : findings) {
            if (finding.path("severity").asInt() != 0) {
                warnings++;
                continue;
            }
            errors++;
            String rule = finding.path("code").asString();
            if (isJustified(finding.path("path"), rule)) {
                justified++;
            } else {
                unjustified.add(rule + " at " + finding.path("path") + ": "
                        + finding.path("message").asString());
            }
        }
        record("spectral", "Spectral (spectral:oas + OWASP API Security)", errors, warnings, justified);

        assertThat(findings.isArray()).as(Files.readString(report)).isTrue();
        assertThat(unjustified).isEmpty();
    }

    /** True when the node the finding points at, or one of its ancestors, names the rule with a reason. */
    private boolean isJustified(JsonNode path, String rule) {
        JsonNode current = served;
        if (hasJustification(current, rule)) {
            return true;
        }
        for (JsonNode segment : path) {
            current = current.isArray() ? current.path(segment.asInt()) : current.path(segment.asString());
            if (hasJustification(current, rule)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasJustification(JsonNode node, String rule) {
        return node.path(ApiContract.LINT_JUSTIFICATION).path(rule).asString("").length() > 20;
    }

    private static void record(String file, String linter, int errors, int warnings, int justified) throws IOException {
        Files.writeString(
                WORK.resolve(file + "-summary.txt"),
                "%s: %d errors (%d justified in the document), %d warnings%n"
                        .formatted(linter, errors, justified, warnings));
    }
}
