package org.dealerplatform.deployment.competition;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.Surveys;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A season from enrolment to published results, the console parts in headless Chromium: a group
 * admin enrols a shop with an advisor, the association assigns a judge, the judge scores the
 * finalist on a phone, the association closes the round and makes the results final and public
 * by the buttons; the public results page and a certificate's verification page show the award.
 * The setup in between (season, decision, samples, closing collection) goes through the API.
 * Dates are chosen around today in Beijing, so the test does not depend on the calendar.
 */
@ExtendWith(SharedPlatform.class)
class CompetitionBrowserIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String SHOP_CODE = "A8";   // a code no other test uses (ConsoleBrowserIT makes A9)
    static final String SHOP_NAME = "上海浦东竞赛示范店";
    static final String ADVISOR_NAME = "竞赛顾问李明";

    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    String base;

    @Test
    void aSeasonFromEnrolmentToPublishedResults() {
        base = Deployments.base(deployed);
        Http api = Http.anonymous(base);
        DemoTenants.ensure(api);
        // a shop of its own, so samples other tests send to A1 (some flagged) cannot hold it back
        String shopId = DemoTenants.ensureShop(as("group-a"), SHOP_CODE, SHOP_NAME);
        String advisorId = ensureAdvisor(shopId);
        String surveyUrl = Surveys.scanShopCode(base, Keycloak.token("group-a"), shopId);

        LocalDate today = LocalDate.now(BEIJING);
        YearMonth month = YearMonth.from(today);
        String code = "IT-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        JsonObject season = Json.createObjectBuilder().add("code", code).add("name", "浏览器测试赛季 " + code)
                .add("enrolFrom", today.minusDays(1).toString()).add("enrolTo", today.plusDays(30).toString())
                .add("collectFrom", month.minusMonths(1).toString()).add("collectTo", month.plusMonths(1).toString())
                .add("rules", Json.createObjectBuilder().add("minShopSamples", 1).add("minAdvisorSamples", 1)
                        .add("finalists", 1).add("onSiteWeight", 0.3).add("awards", 1).add("maxFlaggedShare", 1.0))
                .build();
        Http.Answer created = as("assoc").post("/api/v1/seasons", season);
        assertEquals(201, created.status(), created.toString());
        String seasonId = created.json().getString("id");
        move(seasonId, "ENROLLING");
        String seasonPage = base + "/console/seasons/" + seasonId;

        ChromeDriver group = Browser.start(412, 915);
        ChromeDriver association = Browser.start(1280, 900);
        ChromeDriver judge = Browser.start(390, 844);
        try {
            // the group admin enrols the shop with its advisor: pick the shop, then tick the advisor
            Browser.signIn(group, seasonPage, seasonPage, "group-a");
            new Select(group.findElement(By.id("enrol-shop"))).selectByValue(shopId);
            group.findElement(By.id("choose")).click();
            visible(group, By.id("enrol-form"));
            group.findElement(By.id("advisor-" + advisorId)).click();
            group.findElement(By.id("enrol-submit")).click();
            visible(group, By.id("flash"));
            WebElement entry = ownEntryRow(group);
            assertEquals("PENDING", entry.findElement(By.cssSelector("[data-status]")).getAttribute("data-status"));
            assertTrue(entry.getText().contains(ADVISOR_NAME), entry.getText());
            Browser.screenshot(group, "competition-enrolled");

            // the association approves (API), samples arrive, collection starts and ends
            JsonObject listed = as("assoc").get("/api/v1/seasons/" + seasonId + "/entries").items()
                    .getValuesAs(JsonObject.class).stream().filter(e -> shopId.equals(e.getString("shopId")))
                    .findFirst().orElseThrow();
            assertEquals("PENDING", listed.getString("status"));
            String entryId = listed.getString("id");
            Http.Answer decided = as("assoc").post("/api/v1/seasons/" + seasonId + "/entries/" + entryId + "/decision",
                    Json.createObjectBuilder().add("decision", "APPROVE").add("reason", "资料齐全，同意参赛").build());
            assertEquals(200, decided.status(), decided.toString());
            String token = Surveys.token(surveyUrl);
            for (int i = 0; i < 3; i++) {
                Http.Answer sent = Surveys.submitTimed(api, token, Surveys.answers(8 + i % 2, 9)
                        .add("advisorId", advisorId));
                assertEquals(201, sent.status(), sent.toString());
            }
            move(seasonId, "COLLECTING");
            JsonObject standing = ownStanding(seasonId, shopId);
            assertTrue(standing.getBoolean("eligible"), "the shop should be eligible: " + standing);
            move(seasonId, "CLOSED");
            JsonObject round = as("assoc").get("/api/v1/seasons/" + seasonId + "/onsite").json();
            boolean seeded = round.getJsonArray("finalists").getValuesAs(JsonObject.class).stream()
                    .anyMatch(f -> entryId.equals(f.getString("entryId")));
            if (!seeded) {
                Http.Answer added = as("assoc").post("/api/v1/seasons/" + seasonId + "/onsite/finalists",
                        Json.createObjectBuilder().add("entryId", entryId).add("reason", "测试：补入决赛").build());
                assertEquals(200, added.status(), added.toString());
            }

            // the group admin sees its own entry by name in the frozen standings
            group.get(seasonPage + "/standings?contest=shops");
            assertTrue(visible(group, By.cssSelector("#standings tr.own")).getText().contains(SHOP_NAME));
            assertFalse(group.findElement(By.id("method")).getText().isBlank());

            // the association assigns judge1 on the on-site page
            String onsitePage = seasonPage + "/onsite";
            Browser.signIn(association, onsitePage, onsitePage, "assoc");
            assertTrue(association.findElement(By.id("finalist-" + entryId)).getText().contains(SHOP_NAME));
            association.findElement(By.id("judge-username")).sendKeys("judge1");
            association.findElement(By.id("assign")).click();
            visible(association, By.id("flash"));
            visible(association, By.cssSelector("#judge-list [data-judge='judge1']"));

            // the rubric form refuses weights that do not add up to 1, keeping what was typed
            WebElement weight = association.findElement(By.id("weight-1"));
            String kept = weight.getAttribute("value");
            weight.clear();
            weight.sendKeys("0.55");
            association.findElement(By.cssSelector("#rubric-form button[type='submit']")).click();
            visible(association, By.id("errors-rubric"));
            assertEquals("0.55", association.findElement(By.id("weight-1")).getAttribute("value"));
            association.findElement(By.id("weight-1")).clear();
            association.findElement(By.id("weight-1")).sendKeys(kept);
            association.findElement(By.cssSelector("#rubric-form button[type='submit']")).click();
            visible(association, By.id("flash"));

            // judge1 scores the finalist on a phone
            String judgingPage = base + "/console/judging/" + seasonId;
            Browser.signIn(judge, judgingPage, judgingPage, "judge1");
            WebElement card = visible(judge, By.id("f-" + entryId));
            assertTrue(card.getText().contains(SHOP_NAME));
            List<WebElement> inputs = card.findElements(By.cssSelector("input[name='score']"));
            assertFalse(inputs.isEmpty(), "one input per criterion");
            int[] given = {88, 92, 85, 90, 80};
            for (int i = 0; i < inputs.size(); i++) {
                assertEquals("numeric", inputs.get(i).getAttribute("inputmode"));
                assertTrue(inputs.get(i).getSize().getHeight() >= 44, "a large touch target");
                inputs.get(i).clear();
                inputs.get(i).sendKeys(String.valueOf(given[i % given.length]));
            }
            judge.findElement(By.id("save-" + entryId)).click();
            visible(judge, By.id("saved"));
            assertTrue(judge.findElement(By.id("total-" + entryId)).getText().matches(".*\\d+\\.\\d\\d.*"));
            assertTrue(fitsTheScreen(judge), "no sideways scrolling on a 390 px phone");
            Browser.screenshot(judge, "competition-judge-phone");

            // the association closes the round, then makes the results final and public
            association.navigate().refresh();
            visible(association, By.cssSelector("#progress-table [data-judge='judge1']"));
            association.findElement(By.id("close-confirm")).click();
            association.findElement(By.id("close")).click();
            visible(association, By.id("flash"));
            assertFalse(association.findElements(By.id("round-state")).isEmpty());
            association.get(seasonPage);
            for (String step : new String[] {"FINAL", "PUBLISHED"}) {
                assertEquals(step, association.findElement(By.id("move")).getAttribute("data-to"));
                association.findElement(By.id("move-confirm")).click();
                association.findElement(By.id("move")).click();
                visible(association, By.id("flash"));
                assertEquals(step, association.findElement(By.id("season-status")).getAttribute("data-status"));
            }
            assertTrue(association.findElement(By.id("awards-teams")).getText().contains(SHOP_NAME));
            Browser.screenshot(association, "competition-published");

            // the public results page and the certificate's verification page
            JsonObject results = api.get("/api/v1/public/seasons/" + code + "/results").json();
            JsonObject winner = results.getJsonArray("teams").getJsonObject(0);
            assertEquals(SHOP_NAME, winner.getString("name"));
            judge.get(base + "/results/" + code);
            assertTrue(visible(judge, By.id("teams")).isDisplayed());
            assertTrue(judge.getPageSource().contains(SHOP_NAME));
            judge.get(base + "/verify/" + winner.getString("certificateCode"));
            assertTrue(visible(judge, By.id("verified")).isDisplayed());
            assertTrue(judge.getPageSource().contains(SHOP_NAME));
            Browser.screenshot(judge, "competition-verified");
        } finally {
            judge.quit();
            association.quit();
            group.quit();
        }
    }

    @Test
    void theAssociationPlansASeasonInTheConsole() {
        base = Deployments.base(deployed);
        DemoTenants.ensure(Http.anonymous(base));
        LocalDate today = LocalDate.now(BEIJING);
        YearMonth month = YearMonth.from(today);
        String code = "UI-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        ChromeDriver association = Browser.start(1280, 900);
        try {
            Browser.signIn(association, base + "/console/seasons", base + "/console/seasons", "assoc");
            assertEquals("50", association.findElement(By.id("rule-minShopSamples")).getAttribute("value"));
            assertEquals("0.3", association.findElement(By.id("rule-onSiteWeight")).getAttribute("value"));
            association.findElement(By.id("code")).sendKeys(code);
            association.findElement(By.id("name")).sendKeys("控制台赛季 " + code);
            // date and month pickers take typed text in the browser's locale; set their values directly
            setValue(association, "enrolFrom", today.toString());
            setValue(association, "enrolTo", today.plusDays(20).toString());
            setValue(association, "collectFrom", month.toString());
            setValue(association, "collectTo", month.plusMonths(6).toString());
            association.findElement(By.id("rule-onSiteWeight")).clear();
            association.findElement(By.id("rule-onSiteWeight")).sendKeys("abc");
            association.findElement(By.id("create-season")).click();
            WebElement errors = visible(association, By.id("errors-create"));
            assertFalse(errors.findElements(By.cssSelector("[data-field='onSiteWeight']")).isEmpty(), errors.getText());
            assertEquals(code, association.findElement(By.id("code")).getAttribute("value"), "typed input is kept");
            assertEquals("true", association.findElement(By.id("rule-onSiteWeight")).getAttribute("aria-invalid"));
            association.findElement(By.id("rule-onSiteWeight")).clear();
            association.findElement(By.id("rule-onSiteWeight")).sendKeys("0.3");
            association.findElement(By.id("create-season")).click();
            visible(association, By.id("flash"));
            assertEquals("DRAFT", association.findElement(By.id("season-status")).getAttribute("data-status"));

            // a draft's rules change in place
            association.findElement(By.cssSelector("#change-rules summary")).click();
            association.findElement(By.cssSelector("#change-rules #rule-minShopSamples")).clear();
            association.findElement(By.cssSelector("#change-rules #rule-minShopSamples")).sendKeys("30");
            association.findElement(By.cssSelector("#change-rules button[type='submit']")).click();
            visible(association, By.id("flash"));
            assertTrue(association.findElement(By.id("rules-current")).getText().contains("30"));

            // opening enrolment needs its confirmation
            association.findElement(By.id("move")).click();
            assertFalse(visible(association, By.id("errors-move"))
                    .findElements(By.cssSelector("[data-field='confirm']")).isEmpty());
            assertEquals("DRAFT", association.findElement(By.id("season-status")).getAttribute("data-status"));
            association.findElement(By.id("move-confirm")).click();
            association.findElement(By.id("move")).click();
            visible(association, By.id("flash"));
            assertEquals("ENROLLING", association.findElement(By.id("season-status")).getAttribute("data-status"));

            // and in English
            association.get(association.getCurrentUrl().replaceAll("\\?.*$", "") + "?lang=en");
            assertEquals("en", association.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Enrolling", association.findElement(By.id("season-status")).getText());
        } finally {
            association.quit();
        }
    }

    static void setValue(ChromeDriver browser, String id, String value) {
        browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.id(id)), value);
    }

    Http as(String user) {
        return Http.anonymous(base).as(Keycloak.token(user));
    }

    void move(String seasonId, String to) {
        Http.Answer moved = as("assoc").post("/api/v1/seasons/" + seasonId + "/transitions",
                Json.createObjectBuilder().add("to", to).build());
        assertEquals(200, moved.status(), to + ": " + moved);
    }

    JsonObject ownStanding(String seasonId, String shopId) {
        return as("assoc").get("/api/v1/seasons/" + seasonId + "/standings/shops").items()
                .getValuesAs(JsonObject.class).stream().filter(i -> shopId.equals(i.getString("shopId", "")))
                .findFirst().orElseThrow();
    }

    /** An active advisor of the shop (created once; reused by later runs on the same database). */
    String ensureAdvisor(String shopId) {
        Http group = as("group-a");
        Http.Answer hired = group.post("/api/v1/shops/" + shopId + "/advisors",
                Json.createObjectBuilder().add("name", ADVISOR_NAME).add("employeeNo", SHOP_CODE + "-001").build());
        if (hired.status() == 201) {
            return hired.json().getString("id");
        }
        return group.get("/api/v1/shops/" + shopId + "/advisors?size=200").items().getValuesAs(JsonObject.class)
                .stream().filter(a -> ADVISOR_NAME.equals(a.getString("name")) && a.getBoolean("active"))
                .findFirst().orElseThrow(() -> new IllegalStateException("advisor: " + hired)).getString("id");
    }

    static WebElement ownEntryRow(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#own-entries tbody tr")).stream()
                .filter(r -> r.getText().contains(SHOP_NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("entry not listed: " + browser.getPageSource()));
    }

    static boolean fitsTheScreen(ChromeDriver browser) {
        Object fits = browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;");
        return Boolean.TRUE.equals(fits);
    }

    static WebElement visible(ChromeDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
