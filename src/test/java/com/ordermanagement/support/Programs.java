package com.ordermanagement.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Other programs a test runs (generators, compilers, linters), each bounded in time, output kept. */
public final class Programs {

    private static final long MINUTES = 3;

    private Programs() {}

    /** Runs a program to completion and returns its output (stdout and stderr); fails on a non-zero exit. */
    public static String run(Path directory, Map<String, String> environment, String... command) {
        try {
            Path output = Files.createTempFile(directory, "program", ".log");
            int exit = start(directory, environment, output, output, command);
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(exit).as("%s%n%s", String.join(" ", command), text).isZero();
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a program that reports through its exit code (a linter), its stdout into {@code report};
     * returns the exit code.
     */
    public static int runReporting(Path directory, Map<String, String> environment, Path report, String... command) {
        try {
            return start(directory, environment, report, Files.createTempFile(directory, "program", ".err"), command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int start(Path directory, Map<String, String> environment, Path out, Path err, String... command)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectOutput(out.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (out.equals(err)) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(err.toFile());
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + MINUTES + " minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
