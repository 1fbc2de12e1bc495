package org.dealerplatform.deployment.survey;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.Surveys;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A customer on a phone: the shop's QR code is read back from its PNG (as a phone camera would),
 * the URL opened in headless Chromium at phone size, the survey answered and sent; the thank-you
 * page shows and the shop's dashboard counts one more valid sample. In Chinese, in English, and
 * with JavaScript switched off.
 */
@ExtendWith(SharedPlatform.class)
class SurveyBrowserIT {

    static final String[] ITEMS = {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"};

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    String base;
    String shopId;
    String surveyUrl;

    @BeforeEach
    void shopA1WithItsCode() {
        base = Deployments.base(deployed);
        Http api = Http.anonymous(base);
        DemoTenants.ensure(api);
        shopId = DemoTenants.ensureShop(api.as(Keycloak.token("group-a")), "A1", "上海浦东丰田4S店");
        surveyUrl = Surveys.scanShopCode(base, Keycloak.token("shop-a1"), shopId);
    }

    long validSamples() {
        return Http.anonymous(base).as(Keycloak.token("shop-a1")).get("/api/v1/shops/" + shopId + "/scores").json()
                .getJsonObject("score").getJsonNumber("validSamples").longValue();
    }

    @Test
    void aCustomerAnswersOnAPhoneAndTheShopDashboardCountsOneMoreValidSample() {
        ChromeDriver manager = Browser.start(412, 915);
        ChromeDriver phone = Browser.start(390, 844);
        try {
            Browser.signIn(manager, base + "/console/scores", base + "/console/scores", "shop-a1");
            long before = Long.parseLong(manager.findElement(By.id("kpi-samples")).getText().replace(",", ""));

            phone.get(surveyUrl);
            assertEquals("zh-CN", phone.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(phone.getTitle().contains("服务满意度评价"), phone.getTitle());
            answer(phone, "REPAIR", "顾问很耐心，交车准时");
            Browser.screenshot(phone, "survey-answered-zh");
            phone.findElement(By.id("send")).click();
            waitFor(phone, "thanks");
            assertTrue(phone.findElement(By.id("thanks")).getText().contains("感谢您的评价"));
            Browser.screenshot(phone, "survey-thanks-zh");

            manager.navigate().refresh();
            assertEquals(before + 1, Long.parseLong(manager.findElement(By.id("kpi-samples")).getText().replace(",", "")));
            Browser.screenshot(manager, "shop-dashboard");
        } finally {
            phone.quit();
            manager.quit();
        }
    }

    @Test
    void inEnglish() {
        long before = validSamples();
        ChromeDriver phone = Browser.start(390, 844);
        try {
            phone.get(surveyUrl + "?lang=en");
            assertEquals("en", phone.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Send my rating", phone.findElement(By.id("send")).getText());
            answer(phone, "MAINTENANCE", "Quick and friendly");
            phone.findElement(By.id("send")).click();
            waitFor(phone, "thanks");
            assertEquals("Thank you for your feedback!", phone.findElement(By.id("thanks")).getText());
        } finally {
            phone.quit();
        }
        assertEquals(before + 1, validSamples());
    }

    @Test
    void withJavaScriptSwitchedOff() {
        long before = validSamples();
        ChromeDriver phone = Browser.start(390, 844, false);
        try {
            phone.get(surveyUrl);
            // sending it half answered: the server names what is missing and keeps what was given
            phone.findElement(By.cssSelector("label[for='q_A1-8']")).click();
            phone.findElement(By.id("send")).click();
            waitFor(phone, "error-summary");
            assertTrue(phone.findElement(By.id("q_A1-8")).isSelected(), "the given answer is kept");
            Browser.screenshot(phone, "survey-errors-nojs");
            answer(phone, "OTHER", null);
            phone.findElement(By.id("send")).click();
            waitFor(phone, "thanks");
        } finally {
            phone.quit();
        }
        assertEquals(before + 1, validSamples());
    }

    @Test
    void theGroupComparesItsShopsAndTheAssociationReviewsAFlaggedSample() {
        Http api = Http.anonymous(base);
        String token = Surveys.token(surveyUrl);
        String order = "RO-BROWSER-" + System.nanoTime();
        Surveys.submitTimed(api, token, Surveys.answers(8, 9).add("repairOrderNo", order));
        String suspect = Surveys.submitTimed(api, token, Surveys.answers(6, 7).add("repairOrderNo", order)
                .add("comment", "同一工单第二次评价")).json().getString("id");
        ChromeDriver group = Browser.start(412, 915);
        ChromeDriver association = Browser.start(1280, 900);
        try {
            Browser.signIn(group, base + "/console/scores", base + "/console/scores", "group-a");
            assertTrue(group.findElement(By.id("shop-scores")).getText().contains("A1"));
            assertTrue(group.findElement(By.id("kpi-rank")).getText().matches(".*\\d.*"), "a rank among groups");
            Browser.screenshot(group, "group-dashboard");

            Browser.signIn(association, base + "/console/review", base + "/console/review", "assoc");
            // the queue lists cases oldest first, 50 a page, each with its first samples; other tests flag samples too
            for (int page = 1; association.findElements(By.id("sample-" + suspect)).isEmpty() && page < 40; page++) {
                association.get(base + "/console/review?page=" + page);
            }
            WebElement flagged = association.findElement(By.id("sample-" + suspect));
            assertTrue(flagged.getText().contains("同一工单第二次评价"));
            WebElement reviewCase = flagged.findElement(By.xpath("ancestor::article"));
            assertEquals("2", reviewCase.findElement(By.className("case-count")).getText(),
                    "the repeated order's first sample waits in the same case");
            Browser.screenshot(association, "review-cases");
            association.findElement(By.id("note-" + suspect)).sendKeys("已与门店核实，系顾客补充评价");
            association.findElement(By.cssSelector("#sample-" + suspect + " button[value='ACCEPT']")).click();
            waitForCss(association, ".flash"); // the redirect after the decision
            assertTrue(association.findElements(By.id("sample-" + suspect)).isEmpty(), "decided samples leave the queue");
            // the shop's page shows the association its evidence (not its survey code)
            association.get(base + "/console/scores/shops/" + shopId + "#evidence");
            assertTrue(association.findElement(By.id("evidence-flagged")).getText().contains("/"));
            assertTrue(association.findElements(By.id("qr")).isEmpty());
            Browser.screenshot(association, "shop-evidence");
            group.get(base + "/console/scores/shops/" + shopId);
            assertTrue(group.findElement(By.id("evidence-perfect")).isDisplayed());
            group.findElement(By.id("cidrs")).sendKeys("10.0.0.0/7");
            group.findElement(By.cssSelector("#networks button")).click();
            assertTrue(waitForCss(group, "#evidence .errors").getText().contains("cidrs[0]"));
            group.findElement(By.id("cidrs")).clear();
            group.findElement(By.id("cidrs")).sendKeys("198.51.100.0/24");
            group.findElement(By.cssSelector("#networks button")).click();
            waitForCss(group, ".flash");
            assertEquals("198.51.100.0/24", group.findElement(By.id("cidrs")).getDomProperty("value"));
            association.get(base + "/console/scores");
            assertTrue(Long.parseLong(association.findElement(By.id("kpi-samples")).getText().replace(",", "")) > 0);
            Browser.screenshot(association, "national-dashboard");

            // the association drafts a version with other weights; the form refuses weights not adding up to 100 %
            association.get(base + "/console/questionnaires");
            assertTrue(association.findElement(By.id("version-1")).getText().contains("20 %"));
            String[] weights = {"30", "20", "20", "15", "20"};
            String[] dimensions = {"ADVISOR", "TIME", "QUALITY", "PRICE", "FACILITIES"};
            for (int i = 0; i < dimensions.length; i++) {
                association.findElement(By.id("w-" + dimensions[i])).clear();
                association.findElement(By.id("w-" + dimensions[i])).sendKeys(weights[i]);
            }
            association.findElement(By.cssSelector("#new-version button")).click();
            assertTrue(waitForCss(association, "#new-version .errors").getText().contains("weights"));
            association.findElement(By.id("w-FACILITIES")).clear();
            association.findElement(By.id("w-FACILITIES")).sendKeys("15");
            association.findElement(By.cssSelector("#new-version button")).click();
            assertTrue(waitForCss(association, ".flash").isDisplayed());
            assertTrue(association.getPageSource().contains("30 %"), "the draft shows its weights");
            Browser.screenshot(association, "questionnaire-versions");
        } finally {
            group.quit();
            association.quit();
        }
        assertEquals("VALID", org.dealerplatform.deployment.support.Database.rows(
                "select status from survey_response where id = ?", suspect).get(0).get("status"));
    }

    @Test
    void thePageWeighsUnder50Kilobytes() {
        Http api = Http.anonymous(base);
        int html = api.getPage("/s/" + Surveys.token(surveyUrl)).body().getBytes(java.nio.charset.StandardCharsets.UTF_8)
                .length;
        int css = Surveys.fetch(base + "/s/assets/survey.css", null).body().length;
        int js = Surveys.fetch(base + "/s/assets/survey.js", null).body().length;
        assertTrue(html + css + js < 50 * 1024, "page weight " + (html + css + js) + " bytes");
    }

    static String kept(ChromeDriver browser, String token) {
        return (String) browser.executeScript("return localStorage.getItem('survey:' + arguments[0]);", token);
    }

    static String value(ChromeDriver browser, String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    @Test
    void onASharedTabletTheNextCustomerSeesNeitherThePreviousPhoneNorComment() {
        String token = Surveys.token(surveyUrl);
        ChromeDriver tablet = Browser.start(800, 1280);
        try {
            // what the page's script kept before this version: everything, the phone number included
            tablet.get(surveyUrl);
            tablet.executeScript("localStorage.setItem('survey:' + arguments[0], JSON.stringify({phone: '13911112222',"
                    + " comment: '旧版本保存的留言', q_A1: '3', submission: 'old-key-000000'}));", token);
            tablet.get(surveyUrl);
            assertEquals("", value(tablet, "f-phone"));
            assertEquals("", value(tablet, "f-comment"));
            assertFalse(tablet.findElement(By.id("q_A1-3")).isSelected(), "an entry of the old kind is dropped");
            assertNull(kept(tablet, token));

            // the first customer answers, types a phone number, a repair order and a comment, and walks away
            answer(tablet, "REPAIR", "第一位顾客的留言");
            tablet.findElement(By.id("f-phone")).sendKeys("13812345678");
            tablet.findElement(By.id("f-repairOrderNo")).sendKeys("RO-TABLET-1");
            String entry = kept(tablet, token);
            assertNotNull(entry, "the ratings are kept for a retry");
            for (String secret : new String[] {"13812345678", "第一位顾客", "RO-TABLET-1"}) {
                assertFalse(entry.contains(secret), secret + " kept in " + entry);
            }

            // the next customer picks the tablet up
            tablet.get(surveyUrl);
            assertEquals("", value(tablet, "f-phone"));
            assertEquals("", value(tablet, "f-comment"));
            assertEquals("", value(tablet, "f-repairOrderNo"));
            Browser.screenshot(tablet, "survey-shared-tablet");
            answer(tablet, "MAINTENANCE", null);
            tablet.findElement(By.id("send")).click();
            waitFor(tablet, "thanks");
            assertNull(kept(tablet, token), "nothing is kept after a successful send");

            tablet.get(surveyUrl);
            assertFalse(tablet.findElement(By.id("q_A1-7")).isSelected(), "and the next page starts empty");
            assertEquals("", value(tablet, "f-comment"));
        } finally {
            tablet.quit();
        }
    }

    @Test
    void afterAStaleStoredKeyTheCustomerCanStillSend() {
        Http api = Http.anonymous(base);
        String token = Surveys.token(surveyUrl);
        // a send that reached the server, though its page never learnt it: key and ticket are used
        String staleKey = UUID.randomUUID().toString();
        String usedTicket = api.get("/api/v1/public/surveys/" + token).json().getString("ticket");
        assertEquals(201, Surveys.submit(api, token, staleKey, Surveys.answers(5, 5).add("ticket", usedTicket).build())
                .status());
        long before = Database.count("select count(*) from survey_response where shop_id = ?", shopId);
        ChromeDriver phone = Browser.start(390, 844);
        try {
            phone.get(surveyUrl);
            phone.executeScript("localStorage.setItem('survey:' + arguments[0], JSON.stringify({v: 2, at: Date.now(),"
                    + " key: arguments[1], ticket: arguments[2], view: '', answers: {}}));", token, staleKey, usedTicket);
            phone.navigate().refresh();
            assertEquals(staleKey, phone.findElement(By.name("submission")).getDomProperty("value"), "restored");
            answer(phone, "REPAIR", "旧的提交编号也能提交");
            phone.findElement(By.id("send")).click();
            waitFor(phone, "thanks");
            assertNull(kept(phone, token));
        } finally {
            phone.quit();
        }
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", staleKey));
        assertEquals(before + 1, Database.count("select count(*) from survey_response where shop_id = ?", shopId));
        Map<String, Object> sent = Database.rows("select idempotency_key, status, reasons from survey_response"
                + " where shop_id = ? and comment_text = ?", shopId, "旧的提交编号也能提交").get(0);
        assertNotEquals(staleKey, sent.get("idempotency_key"), "sent with a fresh key");
        assertEquals("VALID", sent.get("status"), "and the page's own ticket: " + sent);
    }

    @Test
    void overTheCeilingThePageWaitsForRetryAfterAndItsAnswerCountsOnce() {
        String token = Surveys.token(surveyUrl);
        String address = "192.0.2.99";
        Http neighbours = Http.anonymous(base).with("X-Forwarded-For", address);
        ChromeDriver phone = Browser.start(390, 844);
        String key;
        try {
            // the stack believes X-Forwarded-For from this machine: the phone is on that crowded network
            phone.executeCdpCommand("Network.enable", Map.of());
            phone.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("X-Forwarded-For", address)));
            phone.get(surveyUrl);
            answer(phone, "REPAIR", "网络拥挤时提交");
            key = phone.findElement(By.name("submission")).getDomProperty("value");
            Surveys.freshCeilingWindow(12);
            int answers = 0;
            while (answers++ < 40 && Surveys.submit(neighbours, token, Surveys.answers(6, 6).build()).status() != 429) {
                // others on the network use the minute's answers up
            }
            phone.findElement(By.id("send")).click();
            new WebDriverWait(phone, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("send-status"), "太多"));
            Browser.screenshot(phone, "survey-over-the-ceiling");
            new WebDriverWait(phone, Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("thanks")));
            assertNull(kept(phone, token));
        } finally {
            phone.quit();
        }
        assertEquals(1, Database.count("select count(*) from survey_response where idempotency_key = ?", key));
    }


    /** Rates every item (7 to 9), recommends with 9, picks the visit type, writes a comment. */
    static void answer(ChromeDriver phone, String visitType, String comment) {
        for (int i = 0; i < ITEMS.length; i++) {
            phone.findElement(By.cssSelector("label[for='q_" + ITEMS[i] + "-" + (7 + i % 3) + "']")).click();
        }
        phone.findElement(By.cssSelector("label[for='recommend-9']")).click();
        phone.findElement(By.cssSelector("label[for='visit-" + visitType + "']")).click();
        if (comment != null) {
            phone.findElement(By.id("f-comment")).sendKeys(comment);
        }
    }

    static org.openqa.selenium.WebElement waitForCss(ChromeDriver browser, String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    static void waitFor(ChromeDriver browser, String id) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }
}
