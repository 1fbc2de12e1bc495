package org.dealerplatform.deployment.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dealerplatform.deployment.support.Database;
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
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Exports against the real stack: each group gets its own rows only, the association everyone's;
 * a formula typed as a comment opens as text in both formats; numbers are numbers; no phone,
 * device or address hash leaves; bad months and the wrong role are refused; and a large export
 * streams (the database is still sending while the first rows have arrived).
 */
@ExtendWith({PlatformStack.class, ArquillianExtension.class})
class ExportsIT {

    static final String EVIL = "=HYPERLINK(\"http://evil\",\"x\")";
    static final String SAMPLES_A = "EXP-A1";
    static final String SHOP_A = "上海静安丰田4S店（导出）";
    static final String SHOP_B = "广州番禺丰田4S店（导出）";
    static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    static final String MONTHS = "from=" + NOW.minusMonths(1) + "&to=" + NOW;

    /** Samples are sent once for the class: every test reads the same data. */
    static List<String> samplesOfA;
    static List<String> samplesOfB;

    @Deployment(testable = false)
    static WebArchive platform() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL deployed;

    String base;
    Http api;
    Http assoc;
    Http groupA;
    Http groupB;
    String shopAId;
    String shopBId;

    @BeforeEach
    void twoGroupsWithSamples() {
        base = Deployments.base(deployed);
        api = Http.anonymous(base);
        DemoTenants.ensure(api);
        assoc = api.as(Keycloak.token("assoc"));
        DemoTenants.enableReports(assoc, "demo-group-a");
        DemoTenants.enableReports(assoc, "demo-group-b");
        groupA = api.as(Keycloak.token("group-a"));
        groupB = api.as(Keycloak.token("group-b"));
        shopAId = DemoTenants.ensureShop(groupA, SAMPLES_A, SHOP_A);
        shopBId = DemoTenants.ensureShop(groupB, "EXP-B1", SHOP_B);
        if (samplesOfA == null) {
            String advisor = groupA.post("/api/v1/shops/" + shopAId + "/advisors", Json.createObjectBuilder()
                    .add("name", "赵导出").add("employeeNo", "EXP-001").build()).json().getString("id");
            samplesOfA = List.of(
                    send(Keycloak.token("group-a"), shopAId, Surveys.answers(9, 10).add("comment", EVIL)
                            .add("phone", "13800138000").add("advisorId", advisor)),
                    send(Keycloak.token("group-a"), shopAId, Surveys.answers(7, 8).add("comment", "服务很好")));
            samplesOfB = List.of(send(Keycloak.token("group-b"), shopBId,
                    Surveys.answers(8, 9).add("comment", "B 组的评论").add("phone", "13900139000")));
        }
    }


    String send(String bearer, String shopId, jakarta.json.JsonObjectBuilder body) {
        String token = Surveys.token(Surveys.scanShopCode(base, bearer, shopId));
        Http.Answer sent = Surveys.submit(api, token, body.build());
        assertEquals(201, sent.status(), sent.body());
        return sent.json().getString("id");
    }

    HttpResponse<byte[]> download(String who, String path) {
        return Surveys.fetch(base + "/api/v1/exports/" + path, Keycloak.token(who));
    }

    static List<CSVRecord> csv(byte[] file) throws Exception {
        assertTrue(file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB && (file[2] & 0xff) == 0xBF,
                "UTF-8 byte order mark, so Excel reads Chinese");
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
    }

    static int column(List<CSVRecord> rows, String header) {
        for (int i = 0; i < rows.get(0).size(); i++) {
            if (header.equals(rows.get(0).get(i))) {
                return i;
            }
        }
        throw new AssertionError("no column " + header + " in " + rows.get(0));
    }

    /** Every stored hash of these samples: none may appear anywhere in an export. */
    static List<String> hashes(List<String> sampleIds) {
        List<String> hashes = new ArrayList<>();
        for (String id : sampleIds) {
            Database.rows("select phone_hash, device_hash, address_hash from survey_response where id = ?", id).get(0)
                    .values().stream().filter(v -> v != null).forEach(v -> hashes.add(v.toString()));
        }
        return hashes;
    }

    @Test
    void aGroupExportsItsOwnSamplesAsCsvWithFormulasNeutralisedAndNoHashes() throws Exception {
        HttpResponse<byte[]> answer = download("group-a", "samples.csv?" + MONTHS);
        assertEquals(200, answer.statusCode(), new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals("text/csv;charset=UTF-8", answer.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;") && disposition.contains("filename*=UTF-8''"), disposition);

        List<CSVRecord> rows = csv(answer.body());
        assertEquals("样本编号", rows.get(0).get(0), "headers in Chinese by default");
        String header = String.join(",", rows.get(0).toList()).toLowerCase();
        for (String secret : List.of("phone", "device", "address", "hash", "电话", "手机", "设备", "地址")) {
            assertFalse(header.contains(secret), "no column for " + secret + ": " + header);
        }
        Map<String, CSVRecord> byId = new LinkedHashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byId.put(r.get(0), r));
        assertTrue(byId.keySet().containsAll(samplesOfA), byId.keySet() + " has " + samplesOfA);
        samplesOfB.forEach(b -> assertFalse(byId.containsKey(b), "group B's sample " + b));

        CSVRecord evil = byId.get(samplesOfA.get(0));
        assertEquals("'" + EVIL, evil.get(column(rows, "评论")));
        assertEquals(SAMPLES_A, evil.get(column(rows, "门店代码")));
        assertEquals(SHOP_A, evil.get(column(rows, "门店名称")));
        assertEquals("赵导出", evil.get(column(rows, "服务顾问姓名")));
        assertEquals("10", evil.get(column(rows, "推荐意愿（0-10）")));
        double overall = Double.parseDouble(evil.get(column(rows, "总分")));
        assertTrue(overall > 0 && overall <= 100, "overall " + overall);

        String text = new String(answer.body(), StandardCharsets.UTF_8);
        assertFalse(text.contains("EXP-B1") || text.contains(SHOP_B), "nothing of group B's shop");
        List<String> hashes = hashes(samplesOfA);
        assertFalse(hashes.isEmpty(), "the phone given was stored as a hash");
        hashes.forEach(h -> assertFalse(text.contains(h), "hash " + h + " in the export"));
        assertFalse(text.contains("13800138000"), "the phone number itself");
    }

    @Test
    void theXlsxHasTheFormulaAsTextAndScoresAsNumbers() throws Exception {
        HttpResponse<byte[]> answer = download("group-a", "samples.xlsx?" + MONTHS);
        assertEquals(200, answer.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                answer.headers().firstValue("Content-Type").orElse(""));
        Map<String, String[]> cells = sheetCells(answer.body());
        Map<String, String> columnOf = new LinkedHashMap<>();
        cells.forEach((ref, cell) -> {
            if (ref.matches("[A-Z]+1")) {
                columnOf.put(cell[1], ref.replace("1", ""));
            }
        });
        String row = cells.entrySet().stream().filter(e -> samplesOfA.get(0).equals(e.getValue()[1]))
                .map(e -> e.getKey().replaceAll("[A-Z]+", "")).findFirst().orElseThrow();
        String[] comment = cells.get(columnOf.get("评论") + row);
        assertEquals("inlineStr", comment[0], "text, never a formula");
        assertEquals("'" + EVIL, comment[1]);
        for (String number : List.of("总分", "服务顾问", "推荐意愿（0-10）")) {
            String[] cell = cells.get(columnOf.get(number) + row);
            assertNotNull(cell, number);
            assertTrue(cell[0] == null || "n".equals(cell[0]), number + " is a numeric cell, not " + cell[0]);
            Double.parseDouble(cell[1]);
        }
        String xml = sheetXml(answer.body());
        hashes(samplesOfA).forEach(h -> assertFalse(xml.contains(h), "hash in the sheet"));
    }

    @Test
    void groupBSeesNoneOfAAndTheAssociationSeesBoth() throws Exception {
        String ofB = new String(download("group-b", "samples.csv?" + MONTHS).body(), StandardCharsets.UTF_8);
        samplesOfB.forEach(b -> assertTrue(ofB.contains(b), "B's own sample"));
        samplesOfA.forEach(a -> assertFalse(ofB.contains(a), "A's sample " + a + " in B's export"));
        assertFalse(ofB.contains(SAMPLES_A) || ofB.contains(SHOP_A));
        String scoresOfB = new String(download("group-b", "scores.csv?" + MONTHS).body(), StandardCharsets.UTF_8);
        assertTrue(scoresOfB.contains("EXP-B1"));
        assertFalse(scoresOfB.contains(SAMPLES_A) || scoresOfB.contains(SHOP_A), "A's shop in B's scores");

        String all = new String(download("assoc", "samples.csv?" + MONTHS).body(), StandardCharsets.UTF_8);
        samplesOfA.forEach(a -> assertTrue(all.contains(a)));
        samplesOfB.forEach(b -> assertTrue(all.contains(b)));
        String onlyB = new String(download("assoc", "samples.csv?tenant=demo-group-b&" + MONTHS).body(),
                StandardCharsets.UTF_8);
        samplesOfB.forEach(b -> assertTrue(onlyB.contains(b)));
        samplesOfA.forEach(a -> assertFalse(onlyB.contains(a), "the tenant filter"));
        assertEquals(400, download("group-b", "samples.csv?tenant=demo-group-a&" + MONTHS).statusCode(),
                "a group admin cannot name another group");
    }

    @Test
    void shopScoresByMonthAreNumbers() throws Exception {
        HttpResponse<byte[]> answer = download("group-a", "scores.csv?" + MONTHS);
        assertEquals(200, answer.statusCode());
        List<CSVRecord> rows = csv(answer.body());
        CSVRecord month = rows.stream().filter(r -> SAMPLES_A.equals(r.get(column(rows, "门店代码")))
                && NOW.toString().equals(r.get(column(rows, "月份")))).findFirst().orElseThrow();
        assertEquals(SHOP_A, month.get(column(rows, "门店名称")));
        long valid = Long.parseLong(month.get(column(rows, "有效样本数")));
        assertTrue(valid <= 2, "at most the two samples sent: " + valid);
        if (valid > 0) {
            Double.parseDouble(month.get(column(rows, "总分")));
        }
        HttpResponse<byte[]> xlsx = download("assoc", "scores.xlsx?" + MONTHS);
        assertEquals(200, xlsx.statusCode());
        assertTrue(sheetXml(xlsx.body()).contains("EXP-B1"));
    }

    @Test
    void badMonthsAndTheWrongRoleAreRefused() {
        Map<String, String> cases = Map.of(
                "samples.csv?from=2026-13&to=2026-12", "from",
                "samples.xlsx?from=2026-01&to=26-02", "to",
                "scores.csv?to=2026-02", "from",
                "samples.csv?from=2026-03&to=2026-02", "from",
                "scores.xlsx?from=2024-01&to=2026-01", "to");
        cases.forEach((path, field) -> {
            Http.Answer refused = groupA.get("/api/v1/exports/" + path);
            assertEquals(400, refused.status(), path + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), path);
            assertEquals(List.of(field), refused.fieldErrors(), path);
        });
        assertEquals(403, download("shop-a1", "samples.csv?" + MONTHS).statusCode(), "shop managers read reports");
        assertEquals(401, Surveys.fetch(base + "/api/v1/exports/samples.csv?" + MONTHS, null).statusCode());
    }

    /**
     * Evidence that rows are streamed: with many samples, the first lines arrive while the
     * database is still executing the query (it waits for the export to take more rows). Had the
     * platform read the whole result first, the statement would be over before the first byte.
     */
    @Test
    void aLargeExportStreamsWhileTheDatabaseIsStillSending() throws Exception {
        String bulkShop = DemoTenants.ensureShop(groupA, "EXP-BULK", "大批量导出店");
        int samples = 150_000;
        String month = "2019-01";
        Database.update("delete from survey_response where shop_id = ?", bulkShop);
        try {
            Database.update("insert into survey_response (id, tenant_id, shop_id, advisor_id, link_token,"
                    + " questionnaire_version, brand_code, province_code, visit_type, answers, nps, score_overall,"
                    + " score_advisor, comment_text, status, reasons, submitted_at, month, idempotency_key,"
                    + " request_hash, created_at, updated_at, version)"
                    + " select concat('bulk-', lpad(seq, 31, '0')), 'demo-group-a', ?, null, 'bulk', 1, 'TOYOTA', '31',"
                    + " 'MAINTENANCE', '{}', 9, 88.5, 90, repeat('很好', 100), 'VALID', '',"
                    + " timestamp('2019-01-10 02:00:00') + interval seq second, ?, concat('bulk-', seq),"
                    + " repeat('0', 64), now(), now(), 0 from seq_1_to_" + samples, bulkShop, month);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<InputStream> answer = client.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/v1/exports/samples.csv?from=" + month + "&to=" + month))
                    .header("Authorization", "Bearer " + Keycloak.token("group-a")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, answer.statusCode());
            try (InputStream body = answer.body()) {
                BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1024);
                lines.readLine();
                assertTrue(lines.readLine().startsWith("bulk-"), "the first sample has arrived");
                assertTrue(queryStillRunning(), "the database is still sending rows after the first one arrived");
            }
        } finally {
            Database.update("delete from survey_response where shop_id = ?", bulkShop);
        }
    }

    static boolean queryStillRunning() throws InterruptedException {
        for (int tries = 0; tries < 50; tries++) {
            long running = Database.count("select count(*) from information_schema.processlist where command = 'Query'"
                    + " and info like 'select id, advisor_id, month%' and info not like '%processlist%'");
            if (running > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    static String sheetXml(byte[] xlsx) {
        try {
            Path file = Files.createTempFile("export", ".xlsx");
            try {
                Files.write(file, xlsx);
                // through the central directory: fastexcel's streamed entries defeat ZipInputStream
                try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(
                        zip.getEntry("xl/worksheets/sheet1.xml"))) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                Files.delete(file);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Cell reference → {type attribute or null, text}. */
    static Map<String, String[]> sheetCells(byte[] xlsx) throws Exception {
        Element sheet = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(sheetXml(xlsx).getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        Map<String, String[]> cells = new LinkedHashMap<>();
        NodeList list = sheet.getElementsByTagNameNS("*", "c");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            NodeList v = c.getElementsByTagNameNS("*", "v");
            NodeList t = c.getElementsByTagNameNS("*", "t");
            String text = v.getLength() > 0 ? v.item(0).getTextContent()
                    : t.getLength() > 0 ? t.item(0).getTextContent() : null;
            cells.put(c.getAttribute("r"), new String[] {c.hasAttribute("t") ? c.getAttribute("t") : null, text});
        }
        return cells;
    }
}
