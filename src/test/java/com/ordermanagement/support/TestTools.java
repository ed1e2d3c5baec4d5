package com.ordermanagement.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Programs the build installed under target/test-tools, each named by a system property surefire sets. */
public final class TestTools {

    private TestTools() {}

    /** The tool's path; the test is skipped, saying why, where the build could not install it. */
    public static Path path(String property) {
        String location = System.getProperty(property);
        Assumptions.assumeTrue(
                location != null, property + " is not set: run through Maven (./mvnw verify), which installs it");
        Path tool = Path.of(location);
        Assumptions.assumeTrue(
                Files.exists(tool),
                tool.getFileName() + " was not installed by the build: the npm registry has no Node.js for "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return tool;
    }
}
