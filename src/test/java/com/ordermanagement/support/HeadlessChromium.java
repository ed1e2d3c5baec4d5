package com.ordermanagement.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its ChromeDriver, never a downloaded browser: the test is
 * skipped, saying why, where they are not installed ({@code .ci/run} installs both). The flags keep
 * Chromium from calling home, which this machine's closed network would refuse.
 */
public final class HeadlessChromium {

    /** {@code chromium} and {@code chromedriver} on the PATH; CHROMIUM_BIN and CHROMEDRIVER_BIN name others. */
    static final Path CHROMIUM = program("CHROMIUM_BIN", "chromium");

    static final Path CHROMEDRIVER = program("CHROMEDRIVER_BIN", "chromedriver");

    private HeadlessChromium() {}

    private static Path program(String variable, String name) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? path : null;
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(directory, name);
            if (!directory.isBlank() && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    public static WebDriver start() {
        Assumptions.assumeTrue(
                CHROMIUM != null && CHROMEDRIVER != null,
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver,"
                        + " or set CHROMIUM_BIN and CHROMEDRIVER_BIN)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--window-size=1280,1700");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
