package com.ordermanagement.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.ordermanagement.support.HeadlessChromium;
import com.ordermanagement.support.HttpApiTest;
import com.ordermanagement.support.TestTokens;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With bearer tokens configured, the dashboard asks for one, keeps it in this tab's session storage
 * only, sends it as {@code Authorization: Bearer}, and says so when the token lacks analytics:read.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"rate-limit.enabled=false", "demo.orders=500"})
class DashboardWithTokensBrowserTest extends HttpApiTest {

    static final TestTokens TOKENS = TestTokens.shared();
    static WebDriver browser;

    @DynamicPropertySource
    static void tokenSettings(DynamicPropertyRegistry registry) {
        TOKENS.configure(registry);
    }

    /** Per test, so that without Chromium each test is reported skipped (a class-level skip counts none). */
    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = HeadlessChromium.start();
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardAsksForATokenExplainsAMissingScopeAndThenShowsTheFigures() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/dashboard?refresh=0");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        browser.findElement(By.id("token")).sendKeys(TOKENS.token("manager", "orders:read"));
        browser.findElement(By.cssSelector("#token-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("problem")));
        assertThat(browser.findElement(By.id("problem-text")).getText()).contains("analytics:read");
        assertThat(browser.findElement(By.id("retry")).isDisplayed()).isTrue();

        String good = TOKENS.token("manager", "analytics:read");
        browser.findElement(By.id("token")).sendKeys(good);
        browser.findElement(By.cssSelector("#token-form button")).click();
        wait.until(driver -> !driver.findElement(By.id("tile-orders"))
                .getDomAttribute("data-value")
                .isEmpty());

        assertThat(browser.findElement(By.id("problem")).isDisplayed()).isFalse();
        JavascriptExecutor page = (JavascriptExecutor) browser;
        assertThat(page.executeScript("return sessionStorage.getItem('orders-dashboard-token');"))
                .isEqualTo(good);
        assertThat(page.executeScript("return localStorage.length;")).isEqualTo(0L);
        assertThat(page.executeScript("return document.cookie;")).isEqualTo("");
    }
}
