package com.ordermanagement.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Names every test that did not run and why, in one block at the end of the test run, and in
 * {@code target/skipped-tests.txt} (which the build prints again after the coverage report). A newcomer
 * sees at once which checks their machine could not run, instead of a bare "Skipped: 19".
 * Registered through {@code META-INF/services}, so every test class is covered without annotations.
 */
public final class SkippedTestsReport implements TestExecutionListener {

    private static final Path REPORT = Path.of("target", "skipped-tests.txt");

    private final Map<String, List<String>> testsByReason = new TreeMap<>();
    private long skippedTests;
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        testsByReason.clear();
        skippedTests = 0;
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        record(identifier, reason);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            record(identifier, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        String report = render();
        System.out.println(report);
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, report + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String render() {
        if (testsByReason.isEmpty()) {
            return "Skipped tests: none";
        }
        StringBuilder text = new StringBuilder("Skipped tests: " + skippedTests + " (what did not run, and why)");
        testsByReason.forEach((reason, tests) -> {
            text.append(System.lineSeparator()).append("  - ").append(reason.strip());
            tests.forEach(
                    test -> text.append(System.lineSeparator()).append("      ").append(test));
        });
        return text.toString();
    }

    private void record(TestIdentifier identifier, String reason) {
        String why = reason == null || reason.isBlank() ? "no reason given" : firstLine(reason);
        testsByReason.computeIfAbsent(why, ignored -> new ArrayList<>()).add(describe(identifier));
    }

    /** A skipped class counts its tests, so the total matches Surefire's "Skipped" figure. */
    private String describe(TestIdentifier identifier) {
        String name = identifier.getLegacyReportingName();
        if (identifier.isContainer() && plan != null) {
            long tests = plan.getDescendants(identifier).stream()
                    .filter(TestIdentifier::isTest)
                    .count();
            skippedTests += tests;
            return name + " (" + tests + (tests == 1 ? " test)" : " tests)");
        }
        skippedTests++;
        return plan == null
                ? name
                : plan.getParent(identifier)
                                .map(TestIdentifier::getLegacyReportingName)
                                .orElse("")
                        + "." + name;
    }

    private static String firstLine(String text) {
        String stripped = text.replaceFirst("^Assumption failed: ", "").strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }
}
