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
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.deployment.support.Surveys;
import org.dealerplatform.devstack.MailMessage;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The group and national reports on the real stack, called as the console is (the console accepts
 * the same verified bearer token as a signed-in session): group A's page and PDF show its shops and
 * never group B's; the group's rank among groups is anonymous; the association's national page has
 * the brand and province tables and the histogram; a group admin is refused the national report.
 * Samples are submitted now, so the reports are asked for the running month (Beijing time).
 *
 * <p>The monthly runs of these reports mail the demo realm's group admins and association admin,
 * whose addresses come from Keycloak through core's StaffContacts; they run for
 * {@link #RUN_MONTH}, a month no other test runs (runs are one per kind and month for the whole
 * test database).
 */
@ExtendWith(SharedPlatform.class)
class OverviewReportsIT {

    static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    static final String SHOP_A = "苏州工业园区雷克萨斯4S店";
    static final String SHOP_B = "佛山南海别克4S店";
    static final YearMonth RUN_MONTH = MONTH.minusMonths(7);
    static final String GROUP_A = "华东汽车服务集团";
    static final String GROUP_B = "华南汽车集团";
    static final String GROUP_A_ADMIN = "group-a@demo.example.com";
    static final String GROUP_B_ADMIN = "group-b@demo.example.com";
    static final String ASSOCIATION_ADMIN = "assoc@demo.example.com";

    /** The WAR as shipped; the test stack makes its workers and sweeps tick within seconds (PlatformStack). */
    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
    URL deployed;

    static String base;
    static Http assoc;
    static Http groupA;
    static Http groupB;

    @BeforeEach
    void stack() {
        if (base != null) {
            return;
        }
        base = Deployments.base(deployed);
        Http api = Http.anonymous(base);
        DemoTenants.ensure(api);
        assoc = api.as(Keycloak.token("assoc"));
        groupA = api.as(Keycloak.token("group-a"));
        groupB = api.as(Keycloak.token("group-b"));
        DemoTenants.enableReports(assoc, "demo-group-a");
        DemoTenants.enableReports(assoc, "demo-group-b");
        String shopA = DemoTenants.ensureShop(groupA, "OV-A1", SHOP_A);
        String shopB = DemoTenants.ensureShop(groupB, "OV-B1", SHOP_B);
        Http anyone = Http.anonymous(base);
        for (var shop : List.of(List.of("group-a", shopA), List.of("group-b", shopB))) {
            String token = Surveys.token(Surveys.scanShopCode(base, Keycloak.token(shop.get(0)), shop.get(1)));
            for (int i = 0; i < 2; i++) {
                assertEquals(201, Surveys.submitTimed(anyone, token, Surveys.answers(9, 10)).status());
            }
        }
    }


    @Test
    void aGroupAdminSeesTheGroupsShopsAndNeverAnotherGroups() {
        Http.Answer page = groupA.getPage("/console/reports/group?month=" + MONTH);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains(SHOP_A), "the group's shop is listed");
        assertTrue(page.body().contains("id=\"group-shops\""));
        assertTrue(page.body().contains("华东汽车服务集团"), "the own group is named");
        assertTrue(page.body().contains("id=\"group-rank\""), "the rank among groups is shown");
        for (String other : namesOnlyInGroupB()) {
            assertFalse(page.body().contains(other), "group B's shop " + other + " on group A's page");
        }
        assertFalse(page.body().contains("华南汽车集团"), "another group is never named");

        Http.Answer english = groupA.getPage("/console/reports/group?month=" + MONTH + "&lang=en");
        assertEquals(200, english.status());
        assertTrue(english.body().contains("Shops side by side"), "English on request");

        Http.Answer bad = groupA.getPage("/console/reports/group?month=2026-13");
        assertEquals(400, bad.status(), "a bad month is a friendly page, not a stack trace");
        assertTrue(bad.contentType().startsWith("text/html"), bad.contentType());

        // the report archive beside these pages still answers its own paths
        assertEquals(200, groupA.getPage("/console/reports").status());
        assertEquals(404, groupA.getPage("/console/reports/" + java.util.UUID.randomUUID()).status());
        assertEquals(404, groupA.getPage("/console/reports/" + java.util.UUID.randomUUID() + ".pdf").status());
    }

    @Test
    void theGroupPdfNamesTheGroupsShopAndNoOtherGroupsShop() throws Exception {
        HttpResponse<byte[]> pdf = Surveys.fetch(base + "/console/reports/group.pdf?month=" + MONTH,
                Keycloak.token("group-a"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = MonthlyReportsIT.pdfText(pdf.body());
        assertTrue(text.contains(SHOP_A), text);
        assertFalse(text.contains(SHOP_B), text);
    }

    @Test
    void theAssociationSeesTheNationByBrandAndProvinceAndGroupAdminsAreRefused() throws Exception {
        Http.Answer page = assoc.getPage("/console/reports/national?month=" + MONTH);
        assertEquals(200, page.status(), page.toString());
        assertTrue(page.body().contains("id=\"by-brand\""), page.body());
        assertTrue(page.body().contains("id=\"by-province\""));
        assertTrue(page.body().contains("丰田"), "the demo shops' brand");
        assertTrue(page.body().contains("<img id=\"histogram\" src=\"data:image/png;base64,"));

        HttpResponse<byte[]> pdf = Surveys.fetch(base + "/console/reports/national.pdf?month=" + MONTH,
                Keycloak.token("assoc"));
        assertEquals(200, pdf.statusCode());
        assertTrue(MonthlyReportsIT.pdfText(pdf.body()).contains("按省份"));

        assertEquals(403, groupA.getPage("/console/reports/national?month=" + MONTH).status());
        assertEquals(403, Surveys.fetch(base + "/console/reports/national.pdf", Keycloak.token("group-b")).statusCode());
        assertEquals(403, assoc.getPage("/console/reports/group").status(), "the association belongs to no group");
    }

    @Test
    void aGroupRunMailsEachGroupAdminTheirOwnGroupsReportOnceAndAgainNothing() throws Exception {
        Http.Answer started = assoc.post("/api/v1/reports/runs", run("GROUP_MONTHLY", RUN_MONTH));
        assertEquals(202, started.status(), started.toString());
        String runId = started.json().getString("id");
        awaitDone(runId);

        List<MailMessage> mails = reportMails(GROUP_A_ADMIN, "GROUP_MONTHLY");
        assertEquals(1, mails.size(), "exactly one group report for group A's admin");
        MailMessage mail = mails.get(0);
        assertTrue(mail.messageId().startsWith("<report.GROUP_MONTHLY." + RUN_MONTH + ".demo-group-a."),
                mail.messageId());
        assertTrue(mail.subject().contains(GROUP_A), mail.subject());
        MimeMessage mime = mail.parsed();
        String unsubscribe = mime.getHeader("List-Unsubscribe", null);
        assertNotNull(unsubscribe, "List-Unsubscribe");
        assertTrue(unsubscribe.startsWith("<" + base + "/r/unsubscribe/"), unsubscribe);
        assertEquals("List-Unsubscribe=One-Click", mime.getHeader("List-Unsubscribe-Post", null));
        List<Part> parts = MonthlyReportsIT.leaves(mime);
        assertTrue(parts.stream().anyMatch(p -> MonthlyReportsIT.isType(p, "text/plain")), "text alternative");
        String html = (String) parts.stream().filter(p -> MonthlyReportsIT.isType(p, "text/html")).findFirst()
                .orElseThrow().getContent();
        assertTrue(html.contains(base + "/console/reports/group?month=" + RUN_MONTH), "view in the console");
        assertTrue(html.contains(unsubscribe.substring(1, unsubscribe.length() - 1)), "own unsubscribe link");
        String pdf = MonthlyReportsIT.pdfText(pdfOf(parts));
        assertTrue(pdf.contains(GROUP_A), "the PDF names the group: " + pdf);
        assertFalse(pdf.contains(GROUP_B), "and no other group");

        List<MailMessage> toGroupB = reportMails(GROUP_B_ADMIN, "GROUP_MONTHLY");
        assertEquals(1, toGroupB.size(), "group B's admin gets group B's report");
        assertTrue(toGroupB.get(0).messageId().contains(".demo-group-b."), toGroupB.get(0).messageId());
        assertFalse(MonthlyReportsIT.pdfText(pdfOf(MonthlyReportsIT.leaves(toGroupB.get(0).parsed()))).contains(GROUP_A),
                "nothing about group A");
        assertEquals(0, reportMails(ASSOCIATION_ADMIN, "GROUP_MONTHLY").size(), "group reports are for groups");

        Http.Answer again = assoc.post("/api/v1/reports/runs", run("GROUP_MONTHLY", RUN_MONTH));
        assertEquals(202, again.status());
        assertEquals(runId, again.json().getString("id"), "the same kind and month reuses its run");
        Thread.sleep(6_000);    // three worker ticks
        assertEquals(1, reportMails(GROUP_A_ADMIN, "GROUP_MONTHLY").size(), "nothing new");

        // the archived group report: group A's admins open it, group B and the association get 404
        String reportId = groupA.get("/api/v1/reports").items().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kind").equals("GROUP_MONTHLY") && r.getString("month").equals(
                        RUN_MONTH.toString())).findFirst().orElseThrow().getString("id");
        Http.Answer archived = groupA.getPage("/api/v1/reports/" + reportId);
        assertEquals(200, archived.status(), archived.toString());
        assertTrue(archived.body().contains(GROUP_A));
        assertEquals(200, Surveys.fetch(base + "/api/v1/reports/" + reportId + ".pdf", Keycloak.token("group-a"))
                .statusCode());
        assertEquals(404, groupB.getPage("/api/v1/reports/" + reportId).status());
        assertEquals(404, Surveys.fetch(base + "/api/v1/reports/" + reportId + ".pdf", Keycloak.token("group-b"))
                .statusCode());
        assertEquals(404, assoc.getPage("/api/v1/reports/" + reportId).status());
        assertTrue(groupB.get("/api/v1/reports").items().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("id").equals(reportId)));
    }

    @Test
    void aNationalRunMailsTheAssociationOnce() throws Exception {
        Http.Answer started = assoc.post("/api/v1/reports/runs", run("NATIONAL_MONTHLY", RUN_MONTH));
        assertEquals(202, started.status(), started.toString());
        awaitDone(started.json().getString("id"));

        List<MailMessage> mails = reportMails(ASSOCIATION_ADMIN, "NATIONAL_MONTHLY");
        assertEquals(1, mails.size(), "exactly one national report for the association's admin");
        assertTrue(mails.get(0).messageId().startsWith("<report.NATIONAL_MONTHLY." + RUN_MONTH + ".national."));
        assertNotNull(mails.get(0).parsed().getHeader("List-Unsubscribe", null));
        assertTrue(MonthlyReportsIT.pdfText(pdfOf(MonthlyReportsIT.leaves(mails.get(0).parsed()))).contains("按省份"));
        assertEquals(0, reportMails(GROUP_A_ADMIN, "NATIONAL_MONTHLY").size(), "the national report is the association's");

        String reportId = assoc.get("/api/v1/reports").items().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("month").equals(RUN_MONTH.toString())).findFirst().orElseThrow()
                .getString("id");
        assertEquals(200, assoc.getPage("/api/v1/reports/" + reportId).status());
        assertEquals(404, groupA.getPage("/api/v1/reports/" + reportId).status());
        assertEquals(400, assoc.post("/api/v1/reports/runs", run("YEARLY", RUN_MONTH)).status(), "unknown kind");
    }

    static JsonObject run(String kind, YearMonth month) {
        return Json.createObjectBuilder().add("kind", kind).add("month", month.toString()).build();
    }

    /** The address's report mails of this kind for {@link #RUN_MONTH}. */
    static List<MailMessage> reportMails(String address, String kind) {
        return PlatformStack.mail().messagesFor(address).stream().filter(m -> m.messageId() != null
                && m.messageId().startsWith("<report." + kind + "." + RUN_MONTH + ".")).toList();
    }

    static byte[] pdfOf(List<Part> parts) throws Exception {
        Part pdf = parts.stream().filter(p -> MonthlyReportsIT.isType(p, "application/pdf")).findFirst().orElseThrow();
        assertEquals(Part.ATTACHMENT, pdf.getDisposition());
        return MonthlyReportsIT.bytes(pdf);
    }

    static void awaitDone(String runId) {
        MonthlyReportsIT.await(() -> "DONE".equals(assoc.get("/api/v1/reports/runs/" + runId).json()
                .getString("status")), "run " + runId + " done (needs StaffContacts to name the readers)");
    }

    /** Group B's shop names that group A does not also use (names are not unique across groups). */
    static List<String> namesOnlyInGroupB() {
        List<String> a = groupA.get("/api/v1/shops?size=200").items().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).toList();
        List<String> b = groupB.get("/api/v1/shops?size=200").items().getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("name")).filter(n -> !a.contains(n)).toList();
        assertTrue(b.contains(SHOP_B), b.toString());
        return b;
    }
}
