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
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.Surveys;
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
@ExtendWith(SharedPlatform.class)
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

    /** The WAR as shipped; the test stack makes its workers and sweeps tick within seconds (PlatformStack). */
    @PlatformWar
    static WebArchive platform() {
        return Deployments.platform();
    }

    @PlatformUrl
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

    static final Duration JOB_WAIT = Duration.ofSeconds(60);

    Http.Answer askForExport(Http who, String table, String format, String from, String to) {
        return who.post("/api/v1/exports", Json.createObjectBuilder().add("table", table).add("format", format)
                .add("from", from).add("to", to).build());
    }

    /** Follows the job until it is finished, checking on the way that progress only grows. */
    JsonObject awaitFinished(Http who, String location) throws InterruptedException {
        long deadline = System.nanoTime() + JOB_WAIT.toNanos();
        int percent = 0;
        while (System.nanoTime() < deadline) {
            Http.Answer job = who.get(location);
            assertEquals(200, job.status(), job.body());
            JsonObject view = job.json();
            assertTrue(view.getInt("percent") >= percent, "progress never goes back: " + view);
            percent = view.getInt("percent");
            if (List.of("DONE", "FAILED").contains(view.getString("status"))) {
                return view;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the export did not finish within " + JOB_WAIT);
    }

    static String pathOf(String url) {
        return URI.create(url).getRawPath();
    }

    static int delete(String who, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(path)).DELETE()
                        .header("Authorization", "Bearer " + Keycloak.token(who)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static List<String> sortedLines(List<CSVRecord> records) {
        return records.stream().map(r -> String.join("\u0001", r.toList())).sorted().toList();
    }

    @Test
    void aBackgroundExportReachesDoneAndItsFileHasTheRowsOfTheStreamedExport() throws Exception {
        String from = NOW.minusMonths(1).toString();
        Http.Answer asked = askForExport(groupA, "SAMPLES", "CSV", from, NOW.toString());
        assertEquals(202, asked.status(), asked.body());
        String location = asked.header("Location").orElseThrow();
        assertEquals(location, base + "/api/v1/exports/" + asked.json().getString("id"));
        Http.Answer again = askForExport(groupA, "SAMPLES", "CSV", from, NOW.toString());
        assertEquals(202, again.status());
        assertTrue(again.json().getString("id").equals(asked.json().getString("id"))
                        || "DONE".equals(groupA.get(pathOf(location)).json().getString("status")),
                "asked again while queued or running: the same job");

        JsonObject done = awaitFinished(groupA, pathOf(location));
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(100, done.getInt("percent"));
        assertEquals(done.getJsonNumber("rows").longValue(), done.getJsonNumber("totalRows").longValue());
        assertTrue(done.getJsonNumber("rows").longValue() >= samplesOfA.size(), done.toString());
        assertFalse(done.isNull("expiresAt"), "a finished file expires");
        String download = done.getString("download");
        assertEquals(pathOf(location) + "/file", pathOf(download));

        HttpResponse<byte[]> file = Surveys.fetch(base + pathOf(download), Keycloak.token("group-a"));
        assertEquals(200, file.statusCode(), new String(file.body(), StandardCharsets.UTF_8));
        assertEquals("text/csv;charset=UTF-8", file.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        String disposition = file.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.contains("filename=\"samples_" + from + "_" + NOW + ".csv\"")
                && disposition.contains("filename*=UTF-8''%E6%A0%B7%E6%9C%AC_"), disposition);
        List<CSVRecord> background = csv(file.body());
        List<CSVRecord> streamed = csv(download("group-a", "samples.csv?" + MONTHS).body());
        assertEquals(streamed.get(0).toList(), background.get(0).toList(), "the same header");
        assertEquals(sortedLines(streamed), sortedLines(background), "the same rows");
        assertEquals(done.getJsonNumber("rows").longValue() + 1, background.size(), "rows counts every data row");

        Http.Answer scores = askForExport(assoc, "SCORES", "XLSX", from, NOW.toString());
        assertEquals(202, scores.status(), scores.body());
        JsonObject scoresDone = awaitFinished(assoc, pathOf(scores.header("Location").orElseThrow()));
        assertEquals("DONE", scoresDone.getString("status"), scoresDone.toString());
        HttpResponse<byte[]> xlsx = Surveys.fetch(base + pathOf(scoresDone.getString("download")),
                Keycloak.token("assoc"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElse(""));
        String sheet = sheetXml(xlsx.body());
        assertTrue(sheet.contains("EXP-B1") && sheet.contains(SAMPLES_A), "the association's export has both groups");
    }

    @Test
    void anotherGroupGets404ForAJobAndItsFileAndTheOwnerDeletesIt() throws Exception {
        Http.Answer asked = askForExport(groupA, "SCORES", "CSV", NOW.minusMonths(2).toString(), NOW.toString());
        assertEquals(202, asked.status(), asked.body());
        String job = pathOf(asked.header("Location").orElseThrow());
        assertEquals("DONE", awaitFinished(groupA, job).getString("status"));

        Http.Answer asB = groupB.get(job);
        assertEquals(404, asB.status(), "group B: " + asB.body());
        assertTrue(asB.contentType().startsWith("application/problem+json"));
        assertEquals(404, Surveys.fetch(base + job + "/file", Keycloak.token("group-b")).statusCode());
        assertEquals(404, delete("group-b", base + job));
        assertEquals(404, groupB.get("/api/v1/exports/" + java.util.UUID.randomUUID()).status(),
                "exactly like a job that does not exist");
        assertEquals(404, assoc.get(job).status(), "a job is its asker's, the association's too");
        assertEquals(200, Surveys.fetch(base + job + "/file", Keycloak.token("group-a")).statusCode(),
                "still there after the others tried");

        assertEquals(204, delete("group-a", base + job));
        assertEquals(404, groupA.get(job).status());
        assertEquals(404, Surveys.fetch(base + job + "/file", Keycloak.token("group-a")).statusCode());
    }

    @Test
    void aBadBackgroundExportIsRefusedAndCreatesNothing() {
        long before = Database.count("select count(*) from export_job");
        Map<List<String>, String> cases = Map.of(
                List.of("SAMPLES", "CSV", "2026-03", "2026-02"), "from",
                List.of("CUSTOMERS", "CSV", "2026-01", "2026-02"), "table",
                List.of("SCORES", "PDF", "2026-01", "2026-02"), "format",
                List.of("SAMPLES", "XLSX", "2026-01", "2026-13"), "to");
        cases.forEach((body, field) -> {
            Http.Answer refused = askForExport(groupA, body.get(0), body.get(1), body.get(2), body.get(3));
            assertEquals(400, refused.status(), body + ": " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), body.toString());
            assertEquals(List.of(field), refused.fieldErrors(), body.toString());
        });
        Http.Answer otherGroup = groupB.post("/api/v1/exports", Json.createObjectBuilder().add("table", "SAMPLES")
                .add("format", "CSV").add("from", "2026-01").add("to", "2026-02").add("tenant", "demo-group-a").build());
        assertEquals(400, otherGroup.status(), "a group admin cannot name another group: " + otherGroup.body());
        assertEquals(403, askForExport(api.as(Keycloak.token("shop-a1")), "SAMPLES", "CSV", "2026-01", "2026-02")
                .status(), "shop managers read reports, they do not export");
        assertEquals(before, Database.count("select count(*) from export_job"), "no job was created");
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
        return org.dealerplatform.deployment.support.Xlsx.sheetXml(xlsx);
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
