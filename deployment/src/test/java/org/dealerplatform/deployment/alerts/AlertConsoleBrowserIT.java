package org.dealerplatform.deployment.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.deployment.support.Accessibility;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.Surveys;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alert pages in a phone-sized headless Chromium (390×844): the shop manager sees the open
 * count in the menu, opens an alert with a consented number, taps the {@code tel:} link's number,
 * takes the case and adds a note (a too long one refused with the text kept), marks the customer
 * contacted and resolves the case, without horizontal scrolling; a refused step comes back with
 * the workflow's reason in Chinese and English; the group admin's overdue list shows a late case
 * under its shop, which the admin gives to the shop's manager; another group gets the 404 page
 * (also when it posts a step) and the association has no alert page and never sees a number. A
 * customer gives consent on the thank-you step with JavaScript switched off. The survey page
 * (form, thank-you step with the consent offer) and the alert pages pass axe-core's WCAG 2 A/AA
 * rules. Same WAR as AlertsIT (scan every second).
 */
class AlertConsoleBrowserIT extends DemoGroupsWithAlerts {

    static final long WAIT_MILLIS = 30_000;

    @Test
    void theShopManagerCallsTheConsentedNumberMarksContactedAndResolvesOnAPhone() {
        String digits = randomMobile();
        String id = consentedAlert(digits);
        ChromeDriver phone = Browser.start(390, 844);
        try {
            long before = openAlertsOfA1();
            Browser.signIn(phone, base + "/console/alerts", base + "/console/alerts", "shop-a1");
            assertCounted(before, badge(phone), openAlertsOfA1());
            WebElement card = phone.findElement(By.id("alert-" + id));
            assertTrue(card.getText().contains("上海浦东丰田4S店"), card.getText());
            assertTrue(card.getText().contains("首次联系期限"), card.getText());
            assertTrue(card.getText().contains("客户同意回电"), card.getText());
            assertFalse(phone.getPageSource().contains(digits.substring(3)), "the inbox shows no number");
            assertNoSidewaysScrolling(phone);
            Accessibility.assertNoViolations(phone, "the alert inbox");
            Browser.screenshot(phone, "alert-inbox");

            card.findElement(By.tagName("a")).click();
            WebElement call = waitFor(phone, "call");
            assertEquals("tel:+86" + digits, call.getAttribute("href"));
            assertTrue(call.getText().replaceAll("\\D", "").contains(digits), call.getText());
            assertEquals("待联系", phone.findElement(By.id("alert-status")).getText());
            assertNoSidewaysScrolling(phone);
            Accessibility.assertNoViolations(phone, "an open alert with a consented number");
            Browser.screenshot(phone, "alert-open");
            assertTrue(Database.count("select count(*) from audit_entry where object_id = ? and action = ?"
                    + " and username = ?", id, "alert.contact.viewed", "shop-a1") >= 1, "the page's view is audited");

            // the manager takes the case and notes a first call attempt, on the page, without JavaScript
            assertTrue(phone.findElement(By.id("owner-name")).getText().contains("还没有负责人"));
            phone.findElement(By.id("take")).click();
            assertTrue(waitFor(phone, "assigned").isDisplayed());
            assertTrue(phone.findElement(By.id("owner-name")).getText().contains("由 shop-a1 负责"),
                    phone.findElement(By.id("owner-name")).getText());
            assertEquals(0, phone.findElements(By.id("take")).size(), "taken already");
            assertEquals(0, phone.findElements(By.id("form-owner")).size(), "a shop manager has no list to give it to");
            String tooLong = "客户未接电话".repeat(200);
            phone.executeScript("var t = document.getElementById('note-text'); t.removeAttribute('maxlength');"
                    + " t.value = arguments[0];", tooLong);
            phone.findElement(By.id("add-note")).click();
            assertTrue(waitFor(phone, "alert-error").getText().contains("备注太长，最多 1,000 字"),
                    phone.findElement(By.id("alert-error")).getText());
            assertEquals(tooLong, phone.findElement(By.id("note-text")).getDomProperty("value"), "kept as typed");
            phone.findElement(By.id("note-text")).clear();
            phone.findElement(By.id("note-text")).sendKeys("第一次致电未接通 <稍后再打>");
            phone.findElement(By.id("add-note")).click();
            assertTrue(waitFor(phone, "noted").isDisplayed());
            List<WebElement> notes = phone.findElements(By.cssSelector("#notes-list li"));
            assertEquals(1, notes.size());
            assertTrue(notes.get(0).getText().contains("shop-a1"), notes.get(0).getText());
            assertTrue(notes.get(0).getText().contains("第一次致电未接通 <稍后再打>"), "shown as typed, escaped");
            assertEquals("待联系", phone.findElement(By.id("alert-status")).getText(), "a note is not a step");
            assertNoSidewaysScrolling(phone);
            Accessibility.assertNoViolations(phone, "an alert with an owner and a note");
            Browser.screenshot(phone, "alert-noted");
            assertEquals("shop-a1", Database.rows("select owner from alert_case where id = ?", id).get(0).get("owner"));
            for (String action : List.of("alert.owner.assigned", "alert.note.added")) {
                assertEquals(1, Database.count("select count(*) from audit_entry where object_id = ? and action = ?"
                        + " and username = ?", id, action, "shop-a1"), action + " audited as through the API");
            }
            assertEquals(0, Database.count("select count(*) from audit_entry where object_id = ? and summary like ?",
                    id, "%未接通%"), "the audit never holds the note's text");

            phone.findElement(By.id("note-contacted")).sendKeys("已致电客户，约好周六回店复检");
            phone.findElement(By.id("mark-contacted")).click();
            assertTrue(waitFor(phone, "moved").getText().contains("已联系"));
            assertEquals("已联系", phone.findElement(By.id("alert-status")).getText());
            assertEquals(0, phone.findElements(By.id("mark-contacted")).size());
            assertTrue(phone.findElement(By.id("call")).isDisplayed(), "still callable until closed");
            Accessibility.assertNoViolations(phone, "a contacted alert");

            phone.findElement(By.id("note-resolved")).sendKeys("复检后免费更换刹车片，客户满意");
            phone.findElement(By.id("mark-resolved")).click();
            assertTrue(waitFor(phone, "moved").getText().contains("已解决"));
            assertEquals(0, phone.findElements(By.id("call")).size(), "the number is gone once closed");
            assertTrue(phone.findElement(By.id("no-phone")).getText().contains("删除"));
            List<WebElement> steps = phone.findElements(By.cssSelector("#steps li"));
            assertEquals(2, steps.size());
            assertTrue(steps.get(1).getText().contains("复检后免费更换刹车片"), steps.get(1).getText());
            assertTrue(phone.findElement(By.id("reopen")).isDisplayed());
            Accessibility.assertNoViolations(phone, "a resolved alert");
            Browser.screenshot(phone, "alert-resolved");
            assertEquals(1, Database.count("select count(*) from alert_case where id = ? and status = 'RESOLVED'"
                    + " and contact is null and erased_at is not null", id));
            before = openAlertsOfA1();
            phone.navigate().refresh();
            assertCounted(before, badge(phone), openAlertsOfA1());
        } finally {
            phone.quit();
        }
    }

    @Test
    void aRefusedStepComesBackWithTheReasonInChineseAndEnglishAndAForeignFormIsRefused() {
        String id = alertOf(send(Surveys.answers(2, 2)));
        ChromeDriver phone = Browser.start(390, 844);
        try {
            Browser.signIn(phone, base + "/console/alerts/" + id, base + "/console/alerts/" + id, "shop-a1");
            assertTrue(phone.findElement(By.id("no-phone")).getText().contains("没有同意回电"));
            // a colleague calls the customer meanwhile: this page is out of date
            assertEquals(200, groupA.post("/api/v1/alerts/" + id + "/transitions",
                    Json.createObjectBuilder().add("to", "CONTACTED").build()).status());
            phone.findElement(By.id("mark-contacted")).click();
            assertTrue(waitFor(phone, "alert-error").getText().contains("已经联系过客户"),
                    phone.findElement(By.id("alert-error")).getText());
            assertEquals("已联系", phone.findElement(By.id("alert-status")).getText(), "shown as it is now");
            Accessibility.assertNoViolations(phone, "a refused step");

            phone.get(base + "/console/language?lang=en&next=" + enc("/console/alerts/" + id));
            // without the browser's own check the server still refuses a closure without a reason
            phone.executeScript("document.querySelectorAll('[required]').forEach(function (e) {"
                    + " e.removeAttribute('required'); });");
            phone.findElement(By.id("note-not-resolved")).sendKeys("x");
            phone.findElement(By.id("mark-not-resolved")).click();
            assertEquals("Please choose why it was not resolved.", waitFor(phone, "alert-error").getText());
            assertEquals("x", phone.findElement(By.id("note-not-resolved")).getDomProperty("value"), "kept as typed");
            assertEquals("true", phone.findElement(By.id("reason-not-resolved")).getAttribute("aria-invalid"));
            Browser.screenshot(phone, "alert-refused-en");

            // a form whose CSRF token is not the session's changes nothing
            phone.executeScript("document.querySelector('#form-resolved [name=_csrf]').value = 'forged';");
            phone.findElement(By.id("note-resolved")).sendKeys("forged");
            phone.findElement(By.id("mark-resolved")).click();
            new WebDriverWait(phone, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("main"), "not allowed"));
            assertEquals("CONTACTED", Database.rows("select status from alert_case where id = ?", id).get(0)
                    .get("status"));
        } finally {
            phone.quit();
        }
    }

    @Test
    void theGroupAdminSeesTheOverdueCasesPerShopAndTheInboxMarksThem() {
        String id = alertOf(send(Surveys.answers(3, 3)));
        // raised two days ago, and nobody called
        Database.update("update alert_case set raised_at = date_sub(raised_at, interval 2 day),"
                + " first_contact_due = date_sub(first_contact_due, interval 2 day),"
                + " closure_due = date_sub(closure_due, interval 2 day) where id = ?", id);
        ChromeDriver group = Browser.start(390, 844);
        ChromeDriver shop = Browser.start(390, 844);
        try {
            Browser.signIn(group, base + "/console/alerts/overdue", base + "/console/alerts/overdue", "group-a");
            WebElement section = group.findElement(By.id("overdue-" + shopA1Id));
            assertTrue(section.getText().contains("上海浦东丰田4S店"), section.getText());
            WebElement card = section.findElement(By.id("alert-" + id));
            assertTrue(card.getAttribute("class").contains("overdue"));
            assertTrue(card.getText().contains("已超时"), card.getText());
            assertNoSidewaysScrolling(group);
            Accessibility.assertNoViolations(group, "the overdue list");
            Browser.screenshot(group, "alerts-overdue");

            group.get(base + "/console/alerts?status=OPEN");
            assertTrue(group.findElement(By.id("alert-" + id)).getAttribute("class").contains("overdue"));
            assertTrue(group.findElements(By.cssSelector("#alerts li")).stream()
                    .allMatch(li -> li.getText().contains("待联系")), "filtered by status");
            assertEquals(1, group.findElements(By.cssSelector("nav.menu a[href='/console/alerts/overdue']")).size());
            Accessibility.assertNoViolations(group, "the group's inbox");

            // the group admin gives the late case to the shop's manager from the directory's list
            group.get(base + "/console/alerts/" + id);
            List<String> choices = group.findElements(By.cssSelector("#owner-choice option")).stream()
                    .map(o -> o.getDomProperty("value")).toList();
            assertTrue(choices.contains("shop-a1") && choices.contains("group-a"), choices.toString());
            assertFalse(choices.contains("group-b"), "nobody of another group");
            new org.openqa.selenium.support.ui.Select(group.findElement(By.id("owner-choice"))).selectByValue("shop-a1");
            group.findElement(By.id("give")).click();
            assertTrue(waitFor(group, "assigned").isDisplayed());
            assertTrue(group.findElement(By.id("owner-name")).getText().contains("shop-a1"));
            Accessibility.assertNoViolations(group, "the owner choice of a group admin");

            Browser.signIn(shop, base + "/console/alerts/overdue", base + "/console/alerts/overdue", "shop-a1");
            assertTrue(shop.findElement(By.tagName("main")).getText().contains("没有权限"), "group admins only");
            assertEquals(0, shop.findElements(By.cssSelector("nav.menu a[href='/console/alerts/overdue']")).size());
        } finally {
            group.quit();
            shop.quit();
        }
    }

    @Test
    void anotherGroupGetsTheNotFoundPageAndTheAssociationHasNoAlertPagesNorAnyNumber() {
        String digits = randomMobile();
        String id = consentedAlert(digits);
        ChromeDriver other = Browser.start(390, 844);
        ChromeDriver association = Browser.start(1280, 900);
        try {
            Browser.signIn(other, base + "/console/alerts", base + "/console/alerts", "group-b");
            assertEquals(0, other.findElements(By.id("alert-" + id)).size());
            other.get(base + "/console/alerts/" + id);
            assertTrue(other.findElement(By.tagName("main")).getText().contains("找不到"));
            assertFalse(other.getPageSource().contains(digits.substring(3)));
            // a step posted with group B's own valid session and token
            other.get(base + "/console/alerts");
            String csrf = other.findElement(By.cssSelector("form.inline [name=_csrf]")).getDomProperty("value");
            other.executeScript("var f = document.createElement('form'); f.method = 'post';"
                    + " f.action = '/console/alerts/' + arguments[0];"
                    + " [['_csrf', arguments[1]], ['to', 'CONTACTED']].forEach(function (p) {"
                    + "   var i = document.createElement('input'); i.type = 'hidden'; i.name = p[0]; i.value = p[1];"
                    + "   f.appendChild(i); });"
                    + " document.body.appendChild(f); f.submit();", id, csrf);
            new WebDriverWait(other, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("main"), "找不到"));
            assertEquals("OPEN", Database.rows("select status from alert_case where id = ?", id).get(0).get("status"));

            Browser.signIn(association, base + "/console", base + "/console", "assoc");
            // the association's only alert link is its national figures page, which holds no number
            assertEquals(List.of("/console/alerts/national"), association.findElements(
                    By.cssSelector("a[href^='/console/alerts']")).stream().map(a -> a.getDomAttribute("href"))
                    .distinct().toList());
            for (String page : List.of("/console/alerts", "/console/alerts/" + id, "/console/alerts/overdue")) {
                association.get(base + page);
                assertTrue(association.findElement(By.tagName("main")).getText().contains("没有权限"), page);
            }
            for (String page : List.of("/console", "/console/scores", "/console/review", "/console/audit?objectId=" + id,
                    "/console/alerts/" + id)) {
                association.get(base + page);
                assertFalse(association.getPageSource().contains(digits.substring(3)), page + " shows the number");
            }
        } finally {
            other.quit();
            association.quit();
        }
    }

    @Test
    void aCustomerGivesConsentWithoutJavaScriptAndTheSurveyPagesPassAxe() {
        String surveyUrl = Surveys.scanShopCode(base, Keycloak.token("shop-a1"), shopA1Id);
        ChromeDriver phone = Browser.start(390, 844);
        ChromeDriver plain = Browser.start(390, 844, false);
        try {
            phone.get(surveyUrl);
            Accessibility.assertNoViolations(phone, "the survey form");
            answerLow(phone);
            phone.findElement(By.id("send")).click();
            waitFor(phone, "cb-consent");
            Accessibility.assertNoViolations(phone, "the thank-you step with the consent offer");
            phone.findElement(By.id("cb-consent")).click();
            phone.findElement(By.id("cb-phone")).sendKeys("12345");
            phone.findElement(By.cssSelector("form.callback button")).click();
            waitFor(phone, "cb-phone-error");
            Accessibility.assertNoViolations(phone, "the consent offer with an error");

            plain.get(surveyUrl);
            answerLow(plain);
            plain.findElement(By.id("send")).click();
            WebElement consent = waitFor(plain, "cb-consent");
            assertFalse(consent.isSelected(), "offered unticked");
            String sample = plain.getCurrentUrl().replaceFirst(".*[?&]r=([^&]+).*", "$1");
            assertNoSidewaysScrolling(plain);
            Browser.screenshot(plain, "survey-consent-nojs");
            consent.click();
            plain.findElement(By.id("cb-phone")).sendKeys("138 0013 8000");
            plain.findElement(By.cssSelector("form.callback button")).click();
            assertTrue(new WebDriverWait(plain, Duration.ofSeconds(30)).until(ExpectedConditions
                    .visibilityOfElementLocated(By.cssSelector(".kept"))).isDisplayed());
            Browser.screenshot(plain, "survey-consent-kept-nojs");
            assertEquals(1, Database.count("select count(*) from alert_contact_awaiting where sample_id = ?", sample)
                    + Database.count("select count(*) from alert_case where sample_id = ? and contact is not null",
                    sample), "the consent is kept for sample " + sample);
        } finally {
            phone.quit();
            plain.quit();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    static final String[] ITEMS = {"A1", "A2", "A3", "T1", "T2", "Q1", "Q2", "P1", "P2", "F1", "F2"};

    /** Every item 3 of 10, recommendation 2: well inside the national alert rule. */
    static void answerLow(ChromeDriver phone) {
        for (String item : ITEMS) {
            phone.findElement(By.cssSelector("label[for='q_" + item + "-3']")).click();
        }
        phone.findElement(By.cssSelector("label[for='recommend-2']")).click();
        phone.findElement(By.cssSelector("label[for='visit-REPAIR']")).click();
    }

    static void assertNoSidewaysScrolling(ChromeDriver browser) {
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.longValue() <= 0, "the page scrolls sideways by " + overflow + " px on "
                + browser.getCurrentUrl());
    }

    static WebElement waitFor(ChromeDriver browser, String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** The number beside the inbox entry; 0 when none is shown. */
    static long badge(ChromeDriver browser) {
        List<WebElement> count = browser.findElements(By.cssSelector("nav.menu a[href='/console/alerts'] .count"));
        return count.isEmpty() ? 0 : Long.parseLong(count.get(0).getText().replaceAll("\\D", ""));
    }

    /** The badge against the database's count just before and after (the scan may raise another meanwhile). */
    static void assertCounted(long before, long shown, long after) {
        assertTrue(before <= shown && shown <= after, "the menu counts the shop's OPEN alerts: " + shown
                + " shown, " + before + " to " + after + " in the database");
    }

    long openAlertsOfA1() {
        return Database.count("select count(*) from alert_case where shop_id = ? and status = 'OPEN'", shopA1Id);
    }

    static String randomMobile() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A low score with the customer's consent to a call-back on {@code digits}; the alert's id once it has it. */
    String consentedAlert(String digits) {
        String token = surveyToken();
        Http.Answer low = Surveys.submitTimed(api, token, Surveys.answers(2, 3));
        assertEquals(201, low.status(), low.body());
        String sample = low.json().getString("id");
        Http.Answer consented = api.post("/api/v1/public/surveys/" + token + "/responses/" + sample + "/contact",
                Json.createObjectBuilder().add("phone", digits).add("consentVersion", "callback-v1").build());
        assertEquals(204, consented.status(), consented.body());
        String id = alertOf(sample);
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (!shopA1.get("/api/v1/alerts/" + id).json().getJsonObject("alert").getBoolean("hasContact")) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the consent never reached alert " + id);
            }
            sleep(250);
        }
        return id;
    }

    String send(jakarta.json.JsonObjectBuilder body) {
        Http.Answer sent = Surveys.submitTimed(api, surveyToken(), body);
        assertEquals(201, sent.status(), sent.body());
        return sent.json().getString("id");
    }

    String surveyToken() {
        return Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), shopA1Id));
    }

    /** The id of the alert the sample raised, once the scan has raised it. */
    String alertOf(String sampleId) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            Http.Answer list = groupA.get("/api/v1/alerts");
            assertEquals(200, list.status(), list.body());
            Optional<JsonObject> found = list.items().getValuesAs(JsonObject.class).stream()
                    .filter(a -> sampleId.equals(a.getString("sampleId"))).findFirst();
            if (found.isPresent()) {
                return found.get().getString("id");
            }
            sleep(250);
        }
        throw new AssertionError("no alert for sample " + sampleId + " within " + WAIT_MILLIS + " ms");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
