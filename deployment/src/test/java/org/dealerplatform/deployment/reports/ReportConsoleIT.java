package org.dealerplatform.deployment.reports;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.devstack.MailMessage;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The delivery side of the reports in a real browser: a group admin keeps a shop's recipients
 * (a bad line is named and nothing is saved), the association starts a month's run and follows
 * it to DONE, the group admin reads the shop's delivery log, and another group finds neither page.
 * The mail arrives in the test SMTP server. The month is one no other test runs (runs are one per
 * month for the whole platform), and only this test's shop has recipients while it runs, so the
 * run's figures are this shop's.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportConsoleIT {

    static final YearMonth MONTH = YearMonth.now(MonthlyReportsIT.BEIJING).minusMonths(6);
    static final String SUFFIX = Long.toString(System.nanoTime(), 36);
    static final String SHOP_NAME = "上海浦东大众4S店";
    static final String ZH = "zh-" + SUFFIX + "@shop-rc.example";
    static final String EN = "en-" + SUFFIX + "@shop-rc.example";
    static final Duration WAIT = Duration.ofSeconds(120);

    /** The WAR as shipped, with the worker ticking every 2 s (as the monthly report test has it). */
    @PlatformWar
    static WebArchive platform() {
        return MonthlyReportsIT.platform();
    }

    @PlatformUrl
    URL deployed;

    static String base;
    static Http assoc;
    static String shopId;

    @BeforeEach
    void stack() {
        if (base != null) {
            return;
        }
        base = Deployments.base(deployed);
        Http api = Http.anonymous(base);
        DemoTenants.ensure(api);
        assoc = api.as(Keycloak.token("assoc"));
        DemoTenants.enableReports(assoc, "demo-group-a");
        DemoTenants.enableReports(assoc, "demo-group-b");
        shopId = DemoTenants.ensureShop(api.as(Keycloak.token("group-a")), "RC1", SHOP_NAME);
    }

    @AfterAll
    static void noRecipientsLeft() {
        // later tests count a run's mails: this shop must not add its own
        if (shopId != null) {
            Database.update("delete from report_recipient where shop_id = ?", shopId);
        }
    }


    @Test
    @Order(1)
    void theGroupAdminKeepsTheRecipientsAndABadLineSavesNothing() {
        String page = base + "/console/reports/recipients/" + shopId;
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Browser.signIn(browser, base + "/console/reports/deliveries", base + "/console/reports/deliveries",
                    "group-a");
            browser.findElement(By.cssSelector("tr[id='shop-" + shopId + "'] a.recipients")).click();
            wait(browser).until(ExpectedConditions.urlToBe(page));
            assertTrue(browser.findElement(By.id("recipients-shop")).getText().contains(SHOP_NAME));

            type(browser, ZH + "\n\nnot-an-address\n" + EN + " en");
            browser.findElement(By.id("save-recipients")).click();
            WebElement error = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("recipients-error")));
            assertEquals("3", error.getAttribute("data-line"), "the line as typed, blank lines counted");
            assertTrue(error.getText().contains("not-an-address"), error.getText());
            assertTrue(browser.findElement(By.id("recipients")).getAttribute("value").contains("not-an-address"),
                    "the box comes back as typed");
            assertEquals(0, Database.count("select count(*) from report_recipient where shop_id = ?", shopId),
                    "nothing saved");

            type(browser, ZH + "\n" + EN + " en\n");
            browser.findElement(By.id("save-recipients")).click();
            wait(browser).until(ExpectedConditions.urlToBe(page + "?saved=1"));
            assertTrue(browser.findElement(By.id("recipients-saved")).isDisplayed());
            String saved = browser.findElement(By.id("recipients")).getAttribute("value");
            assertTrue(saved.contains(ZH) && saved.contains(EN + " en"), saved);
            assertEquals(1, Database.count("select count(*) from report_recipient where shop_id = ? and email = ?"
                    + " and locale = 'en'", shopId, EN));
            assertEquals(2, Database.count("select count(*) from report_recipient where shop_id = ?", shopId));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(2)
    void theAssociationRunsTheMonthAndSeesItDone() throws InterruptedException {
        // runs go to every shop with recipients: for this run's figures, only this shop has any
        // (every other shop gets an empty list kept by hand, so no shop manager receives it by default)
        Database.update("delete from report_recipient where shop_id <> ?", shopId);
        Database.update("insert ignore into report_recipient_list (tenant_id, shop_id, kept_since)"
                + " select tenant_id, id, now(3) from shop where id <> ?", shopId);
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            String runs = base + "/console/reports/runs";
            Browser.signIn(browser, runs, runs, "assoc");

            monthField(browser, "2026-13");
            browser.findElement(By.id("start-run")).click();
            WebElement errors = wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("errors-run")));
            assertFalse(errors.findElements(By.cssSelector("li[data-field='month']")).isEmpty(), errors.getText());
            assertEquals(0, Database.count("select count(*) from report_run where month = ?", MONTH.toString()));

            monthField(browser, MONTH.toString());
            browser.findElement(By.id("start-run")).click();
            wait(browser).until(ExpectedConditions.urlContains("started="));
            WebElement row = browser.findElement(By.cssSelector("tr.run[data-month='" + MONTH + "']"));
            String runId = row.getAttribute("id").substring("run-".length());

            long end = System.nanoTime() + WAIT.toNanos();
            while (!"DONE".equals(row.getAttribute("data-status"))) {
                assertTrue(System.nanoTime() < end, "the run reaches DONE: " + row.getText());
                Thread.sleep(2_000);
                browser.navigate().refresh();
                row = browser.findElement(By.id("run-" + runId));
            }
            assertEquals("2", row.findElement(By.cssSelector("td.total")).getText(), row.getText());
            assertEquals("2", row.findElement(By.cssSelector("td.sent")).getText(), row.getText());
            assertEquals("0", row.findElement(By.cssSelector("td.remaining")).getText(), row.getText());
            JsonObject api = assoc.get("/api/v1/reports/runs/" + runId).json();
            for (String figure : List.of("total", "rendered", "sent", "failed", "skipped", "remaining")) {
                assertEquals(String.valueOf(api.getInt(figure)),
                        row.findElement(By.cssSelector("td." + figure)).getText(), "the API's " + figure);
            }

            for (String address : List.of(ZH, EN)) {
                PlatformStack.mail().awaitMessagesFor(address, 1, WAIT);
                List<MailMessage> mails = MonthlyReportsIT.mailsOf(address, MONTH);
                assertEquals(1, mails.size(), "one mail for " + address);
            }

            monthField(browser, MONTH.toString());
            browser.findElement(By.id("start-run")).click();
            wait(browser).until(ExpectedConditions.urlContains("started=" + runId));
            assertEquals(1, browser.findElements(By.cssSelector("tr.run[data-month='" + MONTH + "']")).size(),
                    "the same month reuses its run");
            Browser.screenshot(browser, "report-runs");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(3)
    void theGroupAdminReadsTheShopsDeliveryLog() {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            String log = base + "/console/reports/deliveries/" + shopId;
            Browser.signIn(browser, log, log, "group-a");
            List<WebElement> rows = browser.findElements(By.cssSelector("tr.delivery[data-month='" + MONTH + "']"));
            assertEquals(2, rows.size(), browser.findElement(By.tagName("main")).getText());
            Map<String, String> states = new java.util.HashMap<>();
            for (WebElement row : rows) {
                states.put(row.getAttribute("data-recipient"), row.getAttribute("data-state"));
                assertEquals("已发送", row.findElement(By.cssSelector("span.badge")).getText(), "the label in Chinese");
                assertFalse(row.findElement(By.cssSelector("td.sent-at")).getText().isBlank(), "when it was sent");
            }
            assertEquals(Map.of(ZH, "SENT", EN, "SENT"), states);
            Browser.screenshot(browser, "report-deliveries");
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(4)
    void anotherGroupFindsNeitherPage() {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            String log = base + "/console/reports/deliveries/" + shopId;
            Browser.signIn(browser, log, log, "group-b");
            String shown = browser.findElement(By.tagName("body")).getText();
            assertFalse(shown.contains(ZH) || shown.contains(SHOP_NAME), shown);
            assertEquals(404L, status(browser, log));
            String recipients = base + "/console/reports/recipients/" + shopId;
            assertEquals(404L, status(browser, recipients));
            browser.get(recipients);
            shown = browser.findElement(By.tagName("body")).getText();
            assertFalse(shown.contains(ZH) || shown.contains(SHOP_NAME), shown);
            assertEquals(2, Database.count("select count(*) from report_recipient where shop_id = ?", shopId));
        } finally {
            browser.quit();
        }
    }

    /** The HTTP status of a GET in the browser's own session (Selenium does not show it). */
    static long status(ChromeDriver browser, String url) {
        Object status = browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                + ".then(function (r) { done(r.status); }, function () { done(-1); });", url);
        return ((Number) status).longValue();
    }

    static void type(ChromeDriver browser, String text) {
        WebElement box = browser.findElement(By.id("recipients"));
        box.clear();
        box.sendKeys(text);
    }

    static void monthField(ChromeDriver browser, String month) {
        WebElement field = browser.findElement(By.id("month"));
        field.clear();
        field.sendKeys(month);
    }

    static WebDriverWait wait(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }
}
