package org.dealerplatform.deployment.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver. The flags keep Chromium from calling home
 * (it stalls on a closed network) and let it run as root; a fresh profile per browser.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start(int width, int height) {
        return start(width, height, true);
    }

    /** {@code javascript} false: a browser with scripts switched off, as some customers have. */
    public static ChromeDriver start(int width, int height, boolean javascript) {
        String binary = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String driver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Chromium not found at " + binary + " / " + driver
                    + ": install it with `apt-get install chromium chromium-driver` (.ci/run does)");
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binary);
            // the Accept-Language a phone in China sends; --lang alone does not set it headless
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh",
                    "profile.managed_default_content_settings.javascript", javascript ? 1 : 2));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--lang=zh-CN",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
            ChromeDriver browser = new ChromeDriver(service, options);
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code start}, signs in on Keycloak's login page (demo passwords equal usernames), waits for {@code landing}. */
    public static void signIn(ChromeDriver browser, String start, String landing, String user) {
        org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(browser,
                Duration.ofSeconds(30));
        browser.get(start);
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains(
                Keycloak.url() + "/realms/dealer-platform/"));
        browser.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.id("password")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.id("kc-login")).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(landing));
    }

    /** Screenshots in target/screenshots, for people reviewing how pages look on a phone. */
    public static void screenshot(ChromeDriver browser, String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
