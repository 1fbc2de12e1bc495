package org.dealerplatform.deployment.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A customer on a phone: the shop's QR code is read back from its PNG (as a phone camera would),
 * the URL opened in headless Chromium at phone size, the survey answered and sent; the thank-you
 * page shows and the shop's dashboard counts one more valid sample. In Chinese, in English, and
 * with JavaScript switched off.
 */
@ExtendWith({PlatformStack.class, ArquillianExtension.class})
class SurveyBrowserIT {

    static final String[] ITEMS = {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"};

    @Deployment(testable = false)
    static WebArchive platform() {
        return Deployments.platform();
    }

    @ArquillianResource
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
            // the queue is oldest first, 50 a page; other tests of the run flag samples too
            for (int page = 1; association.findElements(By.id("case-" + suspect)).isEmpty() && page < 40; page++) {
                association.get(base + "/console/review?page=" + page);
            }
            assertTrue(association.findElement(By.id("case-" + suspect)).getText().contains("同一工单第二次评价"));
            association.findElement(By.id("note-" + suspect)).sendKeys("已与门店核实，系顾客补充评价");
            association.findElement(By.cssSelector("#case-" + suspect + " button[value='ACCEPT']")).click();
            waitForCss(association, ".flash"); // the redirect after the decision
            assertTrue(association.findElements(By.id("case-" + suspect)).isEmpty(), "decided samples leave the queue");
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
