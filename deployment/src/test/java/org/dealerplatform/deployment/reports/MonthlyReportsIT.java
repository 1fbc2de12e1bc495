package org.dealerplatform.deployment.reports;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.dealerplatform.deployment.support.Browser;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.dealerplatform.devstack.MailMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly shop report on the real stack, read back from a real SMTP server (GreenMail): one
 * mail per recipient with text, HTML, inline PNG charts and a PDF naming the shop; the same month
 * again sends nothing; with SMTP down the rows wait and the run completes once it is back; an
 * unsubscribed address gets nothing; group B gets 404 for group A's archive and recipients.
 * A shop nobody set a list for (the demo shop A1) sends its report to its shop manager, read from
 * Keycloak, until its group admin sets a list; the group admin resends a report from its console
 * page. Months before last month are used for the extra runs: the schedule may create last
 * month's run by itself as soon as the platform starts.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyReportsIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final YearMonth MONTH = YearMonth.now(BEIJING);
    static final String SUFFIX = Long.toString(System.nanoTime(), 36);
    static final String SHOP_NAME = "苏州园区丰田4S店";
    static final String ZH = "zh-" + SUFFIX + "@shop-r1.example";
    static final String EN = "en-" + SUFFIX + "@shop-r1.example";
    static final Duration MAIL_WAIT = Duration.ofSeconds(90);
    /** The demo realm's manager of shop A1 (user shop-a1: tenant demo-group-a, shop claim A1). */
    static final String A1_MANAGER = "shop-a1@demo.example.com";
    static final String A1_KEPT = "kept-" + SUFFIX + "@shop-a1.example";
    static final String A1_RESENT = "console-" + SUFFIX + "@shop-a1.example";

    /** The WAR as shipped; the test stack makes its workers and sweeps tick within seconds (PlatformStack). */
    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    static String base;
    static Http api;
    static Http assoc;
    static Http groupA;
    static Http groupB;
    static String shopId;
    static String shopA1;

    @BeforeEach
    void stack() {
        if (base != null) {
            return;
        }
        base = Deployments.base(deployed);
        api = Http.anonymous(base);
        DemoTenants.ensure(api);
        assoc = api.as(Keycloak.token("assoc"));
        groupA = api.as(Keycloak.token("group-a"));
        groupB = api.as(Keycloak.token("group-b"));
        DemoTenants.enableReports(assoc, "demo-group-a");
        DemoTenants.enableReports(assoc, "demo-group-b");
        shopId = DemoTenants.ensureShop(groupA, "R1", SHOP_NAME);
        shopA1 = DemoTenants.ensureShop(groupA, "A1", "上海浦东丰田4S店");
        // A1 starts as no group admin touched it (another report test may have set its list)
        Database.update("delete from report_recipient where shop_id = ?", shopA1);
        Database.update("delete from report_recipient_list where shop_id = ?", shopA1);
    }


    @Test
    @Order(1)
    void recipientsAreValidatedAsAWholeAndKeptPerGroup() {
        String path = "/api/v1/shops/" + shopId + "/report-recipients";
        Http.Answer bad = groupA.put(path, Json.createObjectBuilder().add("emails", Json.createArrayBuilder()
                .add(ZH).add("not an address\r\nBcc: x@evil.example")).build());
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.fieldErrors().contains("emails[1]"), bad.toString());
        JsonObject unchanged = groupA.get(path).json();
        assertTrue(unchanged.getBoolean("managedByDefault"), "nothing written: " + unchanged);
        assertFalse(unchanged.toString().contains(ZH), unchanged.toString());

        JsonObject good = Json.createObjectBuilder().add("emails", Json.createArrayBuilder().add(ZH).add(EN))
                .add("locales", Json.createObjectBuilder().add(EN, "en")).build();
        assertEquals(404, groupB.get(path).status(), "another group's shop is not found");
        assertEquals(404, groupB.put(path, good).status());
        Http.Answer saved = groupA.put(path, good);
        assertEquals(200, saved.status(), saved.toString());
        assertFalse(saved.json().getBoolean("managedByDefault"), saved.toString());
        assertEquals(List.of(EN, ZH), saved.json().getJsonArray("emails").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());
        assertEquals(403, groupA.post("/api/v1/reports/runs", run(MONTH)).status(), "only the association runs");
    }

    @Test
    @Order(2)
    void aRunSendsExactlyOneCompleteMailPerRecipientAndAgainNothing() throws Exception {
        Http anyone = Http.anonymous(base);
        String token = Surveys.token(Surveys.scanShopCode(base, Keycloak.token("group-a"), shopId));
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Surveys.submitTimed(anyone, token, Surveys.answers(9, 10)).status());
        }
        Http.Answer started = assoc.post("/api/v1/reports/runs", run(MONTH));
        assertEquals(202, started.status(), started.toString());
        String runId = started.json().getString("id");
        assertTrue(started.header("Location").orElse("").endsWith("/api/v1/reports/runs/" + runId));
        awaitDone(runId);
        JsonObject progress = assoc.get("/api/v1/reports/runs/" + runId).json();
        // other shops (A1 at least) send to their managers in the same run
        assertEquals(progress.getInt("total"), progress.getInt("sent"), progress.toString());
        assertEquals(2, Database.count("select count(*) from report_outbox where run_id = ? and shop_id = ?"
                + " and state = 'SENT'", runId, shopId), progress.toString());

        for (String address : List.of(ZH, EN)) {
            List<MailMessage> mails = mailsOf(address, MONTH);
            assertEquals(1, mails.size(), "exactly one mail for " + address);
            MailMessage mail = mails.get(0);
            assertTrue(mail.messageId().startsWith("<report.SHOP_MONTHLY." + MONTH + "." + shopId + "."),
                    mail.messageId());
            MimeMessage mime = mail.parsed();
            String unsubscribe = mime.getHeader("List-Unsubscribe", null);
            assertNotNull(unsubscribe, "List-Unsubscribe");
            assertTrue(unsubscribe.startsWith("<" + base + "/r/unsubscribe/"), unsubscribe);
            assertEquals("List-Unsubscribe=One-Click", mime.getHeader("List-Unsubscribe-Post", null));
            List<Part> parts = leaves(mime);
            assertTrue(parts.stream().anyMatch(p -> isType(p, "text/plain")), "text alternative");
            Part html = parts.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
            String body = (String) html.getContent();
            assertTrue(body.contains(unsubscribe.substring(1, unsubscribe.length() - 1)), "own unsubscribe link");
            List<Part> images = parts.stream().filter(p -> isType(p, "image/png")).toList();
            assertEquals(2, images.size(), "two charts");
            for (Part image : images) {
                String cid = ((jakarta.mail.internet.MimeBodyPart) image).getContentID();
                assertNotNull(cid);
                assertTrue(body.contains("cid:" + cid.substring(1, cid.length() - 1)), "the HTML shows " + cid);
                byte[] png = bytes(image);
                assertEquals((byte) 0x89, png[0]);
                assertEquals('P', png[1]);
            }
            Part pdf = parts.stream().filter(p -> isType(p, "application/pdf")).findFirst().orElseThrow();
            assertEquals(Part.ATTACHMENT, pdf.getDisposition());
            assertTrue(pdfText(bytes(pdf)).contains(SHOP_NAME), "the PDF names the shop");
        }
        assertFalse(mailsOf(EN, MONTH).get(0).subject().equals(mailsOf(ZH, MONTH).get(0).subject()),
                "each reader in their language");

        Http.Answer again = assoc.post("/api/v1/reports/runs", run(MONTH));
        assertEquals(202, again.status());
        assertEquals(runId, again.json().getString("id"), "the same month reuses its run");
        Thread.sleep(6_000);    // three worker ticks
        assertEquals(1, mailsOf(ZH, MONTH).size(), "nothing new");
        assertEquals(1, mailsOf(EN, MONTH).size(), "nothing new");
    }

    @Test
    @Order(3)
    void theArchiveIsOpenToTheGroupAndNotFoundForAnother() {
        Http.Answer list = groupA.get("/api/v1/shops/" + shopId + "/reports");
        assertEquals(200, list.status(), list.toString());
        List<JsonObject> reports = list.items().getValuesAs(JsonObject.class);
        assertEquals(2, reports.stream().filter(r -> r.getString("month").equals(MONTH.toString())).count(),
                "one per language");
        String reportId = reports.get(0).getString("id");
        Http.Answer html = groupA.getPage("/api/v1/reports/" + reportId);
        assertEquals(200, html.status(), html.toString());
        assertTrue(html.body().contains(SHOP_NAME));
        assertFalse(html.body().contains("cid:"), "charts inline in the page");
        var pdf = Surveys.fetch(base + "/api/v1/reports/" + reportId + ".pdf", Keycloak.token("group-a"));
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));

        assertEquals(404, groupB.get("/api/v1/shops/" + shopId + "/reports").status());
        assertEquals(404, groupB.getPage("/api/v1/reports/" + reportId).status());
        assertEquals(404, Surveys.fetch(base + "/api/v1/reports/" + reportId + ".pdf", Keycloak.token("group-b"))
                .statusCode());
        JsonObject resend = Json.createObjectBuilder().add("email", "other-" + SUFFIX + "@shop-r1.example").build();
        assertEquals(404, groupB.post("/api/v1/reports/" + reportId + "/resend", resend).status());

        Http.Answer resent = groupA.post("/api/v1/reports/" + reportId + "/resend", resend);
        assertEquals(202, resent.status(), resent.toString());
        List<MailMessage> got = PlatformStack.mail().awaitMessagesFor("other-" + SUFFIX + "@shop-r1.example", 1,
                MAIL_WAIT);
        assertEquals(1, got.size());
        assertFalse(got.get(0).messageId().equals(mailsOf(ZH, MONTH).get(0).messageId()), "a resend is a new message");
    }

    @Test
    @Order(4)
    void withSmtpDownTheRowsWaitAndTheRunCompletesOnceItIsBack() {
        YearMonth month = MONTH.minusMonths(3);
        PlatformStack.mail().stopSmtp();
        String runId;
        try {
            Http.Answer started = assoc.post("/api/v1/reports/runs", run(month));
            assertEquals(202, started.status(), started.toString());
            runId = started.json().getString("id");
            await(() -> Database.count("select count(*) from report_outbox where run_id = ? and state = 'RETRY_WAIT'",
                    runId) == 2, "both rows wait for a retry");
            assertEquals("RUNNING", assoc.get("/api/v1/reports/runs/" + runId).json().getString("status"));
        } finally {
            PlatformStack.mail().startSmtp();
        }
        awaitDone(runId);
        assertEquals(1, mailsOf(ZH, month).size());
        assertEquals(1, mailsOf(EN, month).size());
    }

    @Test
    @Order(5)
    void anUnsubscribedAddressGetsNothingMore() throws Exception {
        String header = mailsOf(EN, MONTH).get(0).parsed().getHeader("List-Unsubscribe", null);
        String link = header.substring(1, header.indexOf('>'));
        String path = link.substring(base.length());
        Http anyone = Http.anonymous(base);
        Http.Answer page = anyone.getPage(path);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("<form method=\"post\""), page.body());
        assertTrue(groupA.get("/api/v1/shops/" + shopId + "/report-recipients").body().contains(EN),
                "a GET (a link scanner) unsubscribes nobody");
        Http.Answer done = anyone.postForm(path, "List-Unsubscribe=One-Click");
        assertEquals(200, done.status(), done.toString());
        assertEquals(404, anyone.postForm(path.substring(0, path.length() - 2) + "xx", "List-Unsubscribe=One-Click")
                .status(), "an altered token is refused");
        assertFalse(groupA.get("/api/v1/shops/" + shopId + "/report-recipients").body().contains(EN));

        YearMonth month = MONTH.minusMonths(4);
        Http.Answer started = assoc.post("/api/v1/reports/runs", run(month));
        assertEquals(202, started.status());
        awaitDone(started.json().getString("id"));
        assertEquals(1, mailsOf(ZH, month).size());
        assertEquals(0, mailsOf(EN, month).size(), "unsubscribed: nothing");

        // a resend to the unsubscribed address is queued and skipped, never sent
        String reportId = groupA.get("/api/v1/shops/" + shopId + "/reports").items().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("month").equals(month.toString())).findFirst().orElseThrow()
                .getString("id");
        assertEquals(202, groupA.post("/api/v1/reports/" + reportId + "/resend", Json.createObjectBuilder()
                .add("email", EN).build()).status());
        await(() -> Database.count("select count(*) from report_outbox where recipient = ? and month = ?"
                + " and state = 'SKIPPED'", EN, month.toString()) == 1, "the resend is skipped");
        assertEquals(0, mailsOf(EN, month).size());
    }

    static JsonObject run(YearMonth month) {
        return Json.createObjectBuilder().add("kind", "SHOP_MONTHLY").add("month", month.toString()).build();
    }

    static List<MailMessage> mailsOf(String address, YearMonth month) {
        return PlatformStack.mail().messagesFor(address).stream()
                .filter(m -> m.messageId() != null && m.messageId().startsWith("<report.SHOP_MONTHLY." + month + "."))
                .toList();
    }

    @Test
    @Order(6)
    void aShopManagerOpensTheLatestReportInTheConsoleOnAPhone() {
        String tenant = Database.rows("select tenant_id from report_archive where shop_id = ? limit 1", shopId).get(0)
                .get("tenant_id").toString();
        Keycloak.ensureUser("shop-r1", "shop-manager", tenant, "R1"); // the shop claim is the shop code
        ChromeDriver phone = Browser.start(390, 844);
        try {
            Browser.signIn(phone, base + "/console/reports", base + "/console/reports", "shop-r1");
            assertTrue(phone.findElements(By.id("resend-form")).isEmpty(), "no resending for shop managers");
            List<WebElement> reports = phone.findElements(By.cssSelector("#reports a.report-link"));
            assertFalse(reports.isEmpty(), "the shop's reports are listed");
            assertTrue(phone.findElement(By.id("reports")).getText().contains(MONTH.toString()), "newest month first");
            reports.get(0).click();
            new WebDriverWait(phone, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(
                    ".*/console/reports/[0-9a-f-]{36}$"));
            String page = phone.findElement(By.tagName("body")).getText();
            assertTrue(page.contains(SHOP_NAME), "the report names the shop");
            assertTrue(java.util.regex.Pattern.compile("\\d{2,3}\\.\\d").matcher(page).find(),
                    "and shows its score: " + page);
            List<WebElement> charts = phone.findElements(By.cssSelector("img[src^='data:image/png']"));
            assertEquals(2, charts.size(), "both charts shown in the page");
            for (WebElement chart : charts) {
                Object width = phone.executeScript("return arguments[0].naturalWidth;", chart);
                assertTrue(((Number) width).longValue() > 0, "the chart image loads");
            }
            assertTrue(phone.findElements(By.id("resend-form")).isEmpty(), "resending is the group admin's");
            Object overflow = phone.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(((Number) overflow).longValue() <= 1, "fits a phone's width without sideways scrolling");
            Browser.screenshot(phone, "report-on-phone");
        } finally {
            phone.quit();
        }
    }

    @Test
    @Order(7)
    void aShopWithoutAListSendsItsReportToItsManager() {
        String path = "/api/v1/shops/" + shopA1 + "/report-recipients";
        JsonObject shown = groupA.get(path).json();
        assertTrue(shown.getBoolean("managedByDefault"), shown.toString());
        assertEquals(List.of(A1_MANAGER), strings(shown.getJsonArray("emails")), "the manager, read from Keycloak");
        assertEquals(404, groupB.get(path).status());

        // MONTH's run (test 2) went to every shop: A1's report reached its manager, once
        List<MailMessage> mails = mailsOf(A1_MANAGER, MONTH).stream()
                .filter(m -> m.messageId().startsWith("<report.SHOP_MONTHLY." + MONTH + "." + shopA1 + ".")).toList();
        assertEquals(1, mails.size(), "the manager got the shop's report");

        String reportId = a1Report(MONTH);
        JsonObject resend = Json.createObjectBuilder().add("email", A1_RESENT).build();
        assertEquals(404, groupB.post("/api/v1/reports/" + reportId + "/resend", resend).status(),
                "group B cannot resend group A's report");
        assertEquals(0, Database.count("select count(*) from report_outbox where recipient = ?", A1_RESENT));
    }

    @Test
    @Order(8)
    void onceTheGroupSetsTheListItsManagerIsNoLongerAdded() {
        String path = "/api/v1/shops/" + shopA1 + "/report-recipients";
        Http.Answer saved = groupA.put(path, Json.createObjectBuilder()
                .add("emails", Json.createArrayBuilder().add(A1_KEPT)).build());
        assertEquals(200, saved.status(), saved.toString());
        assertFalse(saved.json().getBoolean("managedByDefault"), saved.toString());
        assertEquals(List.of(A1_KEPT), strings(groupA.get(path).json().getJsonArray("emails")));

        YearMonth month = MONTH.minusMonths(5);
        Http.Answer started = assoc.post("/api/v1/reports/runs", run(month));
        assertEquals(202, started.status(), started.toString());
        awaitDone(started.json().getString("id"));
        assertEquals(1, mailsOf(A1_KEPT, month).size(), "the group's list counts");
        assertEquals(0, mailsOf(A1_MANAGER, month).size(), "the manager is no longer added on their own");
    }

    @Test
    @Order(9)
    void theGroupAdminResendsFromTheReportsConsolePage() {
        String reportId = a1Report(MONTH);
        String page = base + "/console/reports/" + reportId;
        String runMessageId = mailsOf(A1_MANAGER, MONTH).get(0).messageId();
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Browser.signIn(browser, page, page, "group-a");
            List<String> choices = browser.findElements(By.cssSelector("#resend-choices option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertEquals(List.of(A1_KEPT), choices, "the shop's current recipients are offered");

            resendTo(browser, "not-an-address");
            WebElement error = new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                    ExpectedConditions.visibilityOfElementLocated(By.id("resend-error")));
            assertEquals("invalid", error.getAttribute("data-code"));
            assertTrue(error.getText().contains("not-an-address"), error.getText());
            assertEquals("not-an-address", browser.findElement(By.id("resend-email")).getAttribute("value"));
            assertEquals(0, Database.count("select count(*) from report_outbox where shop_id = ? and key_suffix <> ''"
                    + " and recipient = 'not-an-address'", shopA1));

            resendTo(browser, A1_RESENT);
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(page + "?resent=1"));
            assertTrue(browser.findElement(By.id("resend-queued")).isDisplayed());
            assertTrue(browser.findElement(By.tagName("body")).getText().contains("上海浦东丰田4S店"),
                    "the report is still there under the form");
        } finally {
            browser.quit();
        }
        List<MailMessage> got = PlatformStack.mail().awaitMessagesFor(A1_RESENT, 1, MAIL_WAIT);
        assertEquals(1, got.size(), "one more mail");
        assertFalse(got.get(0).messageId().equals(runMessageId), "a resend is a new message");
    }

    static void resendTo(ChromeDriver browser, String address) {
        WebElement field = browser.findElement(By.id("resend-email"));
        field.clear();
        field.sendKeys(address);
        browser.findElement(By.id("resend-submit")).click();
    }

    /** The Chinese report of shop A1 of the month (A1's manager reads Chinese). */
    static String a1Report(YearMonth month) {
        return groupA.get("/api/v1/shops/" + shopA1 + "/reports").items().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("month").equals(month.toString()) && r.getString("locale").equals("zh-CN"))
                .findFirst().orElseThrow().getString("id");
    }

    static List<String> strings(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    static void awaitDone(String runId) {
        await(() -> "DONE".equals(assoc.get("/api/v1/reports/runs/" + runId).json().getString("status")),
                "run " + runId + " done");
    }

    static void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + MAIL_WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting: " + what);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static List<Part> leaves(Part part) throws MessagingException, IOException {
        List<Part> out = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                out.addAll(leaves(child));
            }
        } else {
            out.add(part);
        }
        return out;
    }

    static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    /** The PDF's text as poppler's pdftotext reads it (what a reader's viewer extracts). */
    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        return org.dealerplatform.deployment.support.PdfText.of(pdf);
    }
}
