package com.ordermanagement.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.HeadlessChromium;
import com.ordermanagement.support.HttpApiTest;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real browser: Debian's headless Chromium, driven by Selenium, against the service
 * with generated demo orders. Skipped, saying why, where Chromium or ChromeDriver is not installed
 * ({@code .ci/run} installs both; the README's test command passes without them).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.enabled=false", "demo.orders=3000", "demo.seed=7"})
class DashboardBrowserTest extends HttpApiTest {

    static WebDriver browser;

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Per test, so that without Chromium each test is reported skipped (a class-level skip counts none). */
    @BeforeEach
    void openTheDashboard() {
        if (browser == null) {
            browser = HeadlessChromium.start();
        }
        browser.get("http://localhost:" + port + "/dashboard?refresh=0");
        awaitPeriod(monthToDate(), "USD");
    }

    @Test
    void theTilesShowExactlyTheApisSummaryAndEveryChartHasData() throws IOException {
        JsonNode summary = api.get("/api/v1/analytics/summary").json();
        JsonNode revenue = summary.get("revenue_metrics");

        assertThat(tile("tile-revenue"))
                .isEqualByComparingTo(revenue.get("total_revenue").decimalValue());
        assertThat(tile("tile-orders"))
                .isEqualByComparingTo(revenue.get("total_orders").decimalValue());
        assertThat(tile("tile-average"))
                .isEqualByComparingTo(revenue.get("average_order_value").decimalValue());
        if (summary.get("growth_rate").isNull()) {
            assertThat(text("tile-growth")).isEqualTo("No revenue before");
        } else {
            assertThat(tile("tile-growth"))
                    .isEqualByComparingTo(summary.get("growth_rate").decimalValue());
        }
        assertThat(text("tile-revenue")).contains("$");
        assertThat(pointsIn("trend-chart")).isEqualTo(summary.get("daily_trend").size());
        assertThat(pointsIn("status-chart"))
                .isEqualTo(summary.get("status_breakdown").size());
        assertThat(browser.findElements(By.cssSelector("#customers-table tbody tr")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#trend-table tbody tr")))
                .hasSize(summary.get("daily_trend").size());
        saveScreenshot();
    }

    @Test
    void switchingPeriodAndCurrencyShowsThatPeriodsFigures() {
        new Select(browser.findElement(By.id("period"))).selectByValue("90d");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        awaitPeriod(today.minusDays(89) + "/" + today, "USD");
        JsonNode ninetyDays = api.get(
                        "/api/v1/analytics/summary?start_date=" + today.minusDays(89) + "&end_date=" + today)
                .json();
        assertThat(tile("tile-orders"))
                .isEqualByComparingTo(
                        ninetyDays.get("revenue_metrics").get("total_orders").decimalValue());
        assertThat(pointsIn("trend-chart")).isEqualTo(90);

        new Select(browser.findElement(By.id("currency"))).selectByValue("EUR");
        awaitPeriod(today.minusDays(89) + "/" + today, "EUR");
        JsonNode euros = api.get("/api/v1/analytics/summary?start_date=" + today.minusDays(89) + "&end_date=" + today
                        + "&currency=EUR")
                .json();

        assertThat(tile("tile-revenue"))
                .isEqualByComparingTo(
                        euros.get("revenue_metrics").get("total_revenue").decimalValue());
        assertThat(text("tile-revenue")).contains("€");
    }

    @Test
    void topCustomersSortByTheChosenColumnFromTheKeyboard() {
        var header = browser.findElement(By.cssSelector("#customers-table th button[data-key='total_orders']"));
        header.sendKeys(org.openqa.selenium.Keys.ENTER);

        assertThat(browser.findElement(By.cssSelector("#customers-table th:nth-child(2)"))
                        .getAttribute("aria-sort"))
                .isEqualTo("descending");
        List<Integer> orders =
                browser.findElements(By.cssSelector("#customers-table tbody tr td:nth-child(2)")).stream()
                        .map(cell -> Integer.parseInt(cell.getText().replace(",", "")))
                        .toList();
        assertThat(orders).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anEmptyPeriodIsShownAsSuchAndTheLayoutFitsAPhone() {
        browser.manage().window().setSize(new Dimension(390, 844));
        new Select(browser.findElement(By.id("currency"))).selectByValue("JPY");
        awaitPeriod(monthToDate(), "JPY");

        assertThat(text("days")).startsWith("No orders in JPY");
        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no sideways scrolling at phone width").isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1280, 1700));
    }

    @Test
    void noConsoleErrorsAndNoRequestLeavesThisHost() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        @SuppressWarnings("unchecked")
        List<String> requested = (List<String>) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').map(e => e.name);");

        assertThat(errors).as("console errors (CSP violations included)").isEmpty();
        assertThat(requested)
                .isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith("http://localhost:" + port + "/"));
        assertThat(api.get("/dashboard").header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    private void awaitPeriod(String period, String currency) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(driver -> (period + "/" + currency)
                        .equals(driver.findElement(By.tagName("body")).getDomAttribute("data-period")));
    }

    private static String monthToDate() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return today.withDayOfMonth(1) + "/" + today;
    }

    private BigDecimal tile(String id) {
        return new BigDecimal(browser.findElement(By.id(id)).getDomAttribute("data-value"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private long pointsIn(String chartId) {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript(
                        "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                                + ".getOption().series[0].data.length;",
                        chartId);
    }

    /** For review: under target/, and as the README's picture when the docs folder is there. */
    private void saveScreenshot() throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "dashboard.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
