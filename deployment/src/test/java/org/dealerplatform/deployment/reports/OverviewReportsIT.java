package org.dealerplatform.deployment.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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

/**
 * The group and national reports on the real stack, called as the console is (the console accepts
 * the same verified bearer token as a signed-in session): group A's page and PDF show its shops and
 * never group B's; the group's rank among groups is anonymous; the association's national page has
 * the brand and province tables and the histogram; a group admin is refused the national report.
 * Samples are submitted now, so the reports are asked for the running month (Beijing time).
 */
@ExtendWith({PlatformStack.class, ArquillianExtension.class})
class OverviewReportsIT {

    static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    static final String SHOP_A = "苏州工业园区雷克萨斯4S店";
    static final String SHOP_B = "佛山南海别克4S店";

    @Deployment(testable = false)
    static WebArchive platform() {
        return Deployments.platform();
    }

    @ArquillianResource
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
        String text = pdfText(pdf.body());
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
        assertTrue(pdfText(pdf.body()).contains("按省份"));

        assertEquals(403, groupA.getPage("/console/reports/national?month=" + MONTH).status());
        assertEquals(403, Surveys.fetch(base + "/console/reports/national.pdf", Keycloak.token("group-b")).statusCode());
        assertEquals(403, assoc.getPage("/console/reports/group").status(), "the association belongs to no group");
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

    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("overview", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), text);
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
