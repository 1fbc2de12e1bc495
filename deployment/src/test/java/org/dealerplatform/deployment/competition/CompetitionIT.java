package org.dealerplatform.deployment.competition;

import org.dealerplatform.deployment.support.SharedPlatform;
import org.dealerplatform.deployment.support.PlatformWar;
import org.dealerplatform.deployment.support.PlatformUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.DemoTenants;
import org.dealerplatform.deployment.support.Deployments;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.Keycloak;
import org.dealerplatform.deployment.support.Surveys;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One season from draft to published results on the real stack, in order: bad input writes
 * nothing; group B can neither enrol, withdraw nor see by name group A's entries; an entry below
 * the minimum is listed with its reason and never ranked; a shop manager sees only its own
 * standing; a review decision after close leaves the snapshot unchanged; a judge cannot score a
 * season they are not assigned to, nor read other judges' scores before the round closes;
 * nothing is public before publication; a certificate verifies and a made-up code does not; the
 * audit trail holds every action. The reporting module reads the same standings: a shop's monthly
 * report shows its rank and distance to the award places as the standings API has them (live while
 * collecting, the snapshot once closed, nothing from FINAL on, nothing for a shop not entered or
 * not ranked), and the standings export gives the association every entry, a group only its own.
 */
@ExtendWith(SharedPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetitionIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String CODE = "IT-" + Long.toString(System.nanoTime(), 36);
    static final YearMonth MONTH = YearMonth.now(BEIJING);
    /*
     * Report months of this class only: a month's run is made once and reused, so a month another
     * class runs (MonthlyReportsIT: this month, -3, -4; ReportConsoleIT: -6; the schedule: last
     * month; WithoutCompetitionModuleIT: -15) would show no standing. The season collects from -14.
     */
    static final YearMonth REPORT_COLLECTING = MONTH.minusMonths(14);
    static final YearMonth REPORT_CLOSED = MONTH.minusMonths(13);
    static final YearMonth REPORT_FINAL = MONTH.minusMonths(12);
    static final String EVIL = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String READER = "standing-" + Long.toString(System.nanoTime(), 36) + "@reports.example";

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
    static Http shopA1;
    static String shopA1Id;
    static String shopC1Id;
    static String shopC2Id;
    static String shopC3Id;
    static String advisorC1Id;
    static String shopC4Id;
    static String shopC5Id;
    static String seasonId;
    static Map<String, String> entryOfShop = new java.util.HashMap<>();
    static String suspectSampleC3;
    static String frozenShops;

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
        shopA1 = api.as(Keycloak.token("shop-a1"));
        shopA1Id = DemoTenants.ensureShop(groupA, "A1", "上海浦东丰田4S店");
        shopC1Id = DemoTenants.ensureShop(groupA, "C1", "杭州西湖丰田4S店");
        shopC2Id = DemoTenants.ensureShop(groupA, "C2", "宁波鄞州丰田4S店");
        shopC3Id = DemoTenants.ensureShop(groupB, "C3", "深圳南山丰田4S店");
        advisorC1Id = groupA.post("/api/v1/shops/" + shopC1Id + "/advisors", Json.createObjectBuilder()
                .add("name", "王顾问").add("employeeNo", "C1-001").build()).json().getString("id");
        shopC4Id = DemoTenants.ensureShop(groupA, "C4", EVIL);
        shopC5Id = DemoTenants.ensureShop(groupA, "C5", "温州鹿城丰田4S店");   // never entered
        DemoTenants.enableReports(assoc, "demo-group-a");
        DemoTenants.enableReports(assoc, "demo-group-b");
        for (String shop : List.of(shopC1Id, shopC2Id, shopC4Id, shopC5Id)) {
            receiveReportsInEnglish(groupA, shop);
        }
        receiveReportsInEnglish(groupB, shopC3Id);
    }

    /**
     * Other classes count the shops a month's run reports on (MonthlyReportsIT: exactly its own):
     * this class's shops leave the recipients' lists empty, as they found them.
     */
    @AfterAll
    static void noMoreReportsForThisClassesShops() {
        if (base == null) {
            return;
        }
        for (String shop : List.of(shopC1Id, shopC2Id, shopC4Id, shopC5Id)) {
            stopReports(groupA, shop);
        }
        stopReports(groupB, shopC3Id);
    }

    static void stopReports(Http groupAdmin, String shopId) {
        assertEquals(200, groupAdmin.put("/api/v1/shops/" + shopId + "/report-recipients", Json.createObjectBuilder()
                .add("emails", Json.createArrayBuilder()).build()).status());
    }

    static JsonObjectBuilder season(String code) {
        LocalDate today = LocalDate.now(BEIJING);
        YearMonth month = YearMonth.now(BEIJING);
        return Json.createObjectBuilder().add("code", code).add("name", "集成测试赛季 " + code)
                .add("enrolFrom", today.minusDays(1).toString()).add("enrolTo", today.plusDays(1).toString())
                .add("collectFrom", REPORT_COLLECTING.toString()).add("collectTo", month.toString())
                .add("rules", Json.createObjectBuilder().add("minShopSamples", 3).add("minAdvisorSamples", 2)
                        .add("finalists", 2).add("onSiteWeight", 0.3).add("awards", 1).add("maxFlaggedShare", 0.5));
    }

    static long seasons() {
        return Database.count("select count(*) from season");
    }

    @Test
    @Order(1)
    void badSeasonsAreRefusedWithTheFieldNamedAndWriteNothing() {
        long before = seasons();
        JsonObject base = season("BAD-" + CODE).build();
        Map<String, JsonObject> bad = Map.of(
                "enrolTo", Json.createObjectBuilder(base).add("enrolTo", "2020-01-01").build(),
                "collectTo", Json.createObjectBuilder(base).add("collectFrom", "2026-10").add("collectTo", "2026-02")
                        .build(),
                "onSiteWeight", Json.createObjectBuilder(base).add("rules", Json.createObjectBuilder()
                        .add("onSiteWeight", 1.5)).build(),
                "maxFlaggedShare", Json.createObjectBuilder(base).add("rules", Json.createObjectBuilder()
                        .add("maxFlaggedShare", -0.1)).build(),
                "finalists", Json.createObjectBuilder(base).add("rules", Json.createObjectBuilder()
                        .add("finalists", 5).add("awards", 10)).build(),
                "collectFrom", Json.createObjectBuilder(base).add("collectFrom", "2026-13").build(),
                "code", Json.createObjectBuilder(base).add("code", "no spaces allowed").build());
        bad.forEach((field, body) -> {
            Http.Answer answer = assoc.post("/api/v1/seasons", body);
            assertEquals(400, answer.status(), field + ": " + answer);
            assertTrue(answer.fieldErrors().contains(field), field + ": " + answer);
        });
        assertEquals(400, assoc.postRaw("/api/v1/seasons", Json.createObjectBuilder(base).add("prize", "car").build()
                .toString()).status(), "unknown fields are refused");
        assertEquals(403, groupA.post("/api/v1/seasons", base).status(), "only the association plans seasons");
        assertEquals(401, api.post("/api/v1/seasons", base).status());
        assertEquals(before, seasons(), "no refused season was written");
    }

    @Test
    @Order(2)
    void groupsEnrolOnlyTheirOwnShopsAndSeeOnlyTheirOwnEntries() {
        Http.Answer created = assoc.post("/api/v1/seasons", season(CODE).build());
        assertEquals(201, created.status(), created.toString());
        seasonId = created.json().getString("id");
        assertTrue(created.header("Location").orElse("").endsWith("/api/v1/seasons/" + seasonId));
        assertEquals("DRAFT", created.json().getString("status"));
        assertEquals(409, assoc.post("/api/v1/seasons", season(CODE).build()).status(), "codes are unique");
        assertEquals(409, move("COLLECTING", null).status(), "a draft cannot skip enrolment");
        assertEquals(403, groupA.post(path("/transitions"), Json.createObjectBuilder().add("to", "ENROLLING").build())
                .status());
        assertEquals(200, move("ENROLLING", null).status());

        String entries = path("/entries");
        long before = Database.count("select count(*) from competition_entry where season_id = ?", seasonId);
        assertEquals(404, groupA.post(entries, entry(UUID.randomUUID().toString())).status(), "unknown shop");
        assertEquals(404, groupB.post(entries, entry(shopC1Id)).status(), "group B cannot enrol group A's shop");
        Http.Answer strangerAdvisor = groupA.post(entries, Json.createObjectBuilder().add("shopId", shopC1Id)
                .add("advisorIds", Json.createArrayBuilder().add(UUID.randomUUID().toString())).build());
        assertEquals(400, strangerAdvisor.status(), strangerAdvisor.toString());
        assertTrue(strangerAdvisor.fieldErrors().contains("advisorIds"));
        assertEquals(before, Database.count("select count(*) from competition_entry where season_id = ?", seasonId),
                "refused enrolments wrote nothing");

        Http.Answer c1 = groupA.post(entries, Json.createObjectBuilder().add("shopId", shopC1Id)
                .add("advisorIds", Json.createArrayBuilder().add(advisorC1Id)).build());
        assertEquals(201, c1.status(), c1.toString());
        assertEquals("PENDING", c1.json().getString("status"));
        entryOfShop.put(shopC1Id, c1.json().getString("id"));
        entryOfShop.put(shopC2Id, groupA.post(entries, entry(shopC2Id)).json().getString("id"));
        entryOfShop.put(shopA1Id, groupA.post(entries, entry(shopA1Id)).json().getString("id"));
        entryOfShop.put(shopC3Id, groupB.post(entries, entry(shopC3Id)).json().getString("id"));
        assertEquals(409, groupA.post(entries, entry(shopC1Id)).status(), "a shop enters once");

        Http.Answer listB = groupB.get(entries);
        assertEquals(200, listB.status());
        assertEquals(List.of(entryOfShop.get(shopC3Id)), listB.itemIds());
        assertFalse(listB.body().contains(shopC1Id) || listB.body().contains("杭州西湖"), listB.body());
        assertEquals(404, groupB.post(path("/entries/" + entryOfShop.get(shopC1Id) + "/withdrawal"),
                Json.createObjectBuilder().add("reason", "x").build()).status(), "B cannot withdraw A's entry");
        assertEquals(403, groupB.post(path("/entries/" + entryOfShop.get(shopC1Id) + "/decision"),
                decision("APPROVE")).status());
        assertEquals(403, shopA1.get(entries).status(), "shop managers do not list entries");
        assertEquals(4, assoc.get(entries).itemIds().size());
        assertTrue(groupA.get(entries).body().contains("王顾问"), "the group sees its advisors by name");

        assertEquals(400, assoc.post(path("/entries/" + entryOfShop.get(shopC1Id) + "/decision"),
                Json.createObjectBuilder().add("decision", "APPROVE").build()).status(), "a decision needs a reason");
        for (String entry : entryOfShop.values()) {
            assertEquals(200, assoc.post(path("/entries/" + entry + "/decision"), decision("APPROVE")).status());
        }
        assertEquals(409, assoc.post(path("/entries/" + entryOfShop.get(shopC1Id) + "/decision"),
                decision("REJECT")).status(), "decided once");
        assertEquals("APPROVED", Database.rows("select status from competition_entry where id = ?",
                entryOfShop.get(shopC1Id)).get(0).get("status"));

        // a fourth team, named like a spreadsheet formula, for the report and export tests
        entryOfShop.put(shopC4Id, groupA.post(entries, entry(shopC4Id)).json().getString("id"));
        assertEquals(200, assoc.post(path("/entries/" + entryOfShop.get(shopC4Id) + "/decision"),
                decision("APPROVE")).status());
    }

    @Test
    @Order(3)
    void standingsRankOnlyEligibleEntriesAndShowEachRoleWhatItMaySee() {
        assertEquals(200, move("COLLECTING", null).status());
        Http anyone = Http.anonymous(base);
        String c1 = token(groupA, shopC1Id);
        for (int i = 0; i < 4; i++) {
            assertEquals(201, Surveys.submitTimed(anyone, c1, Surveys.answers(9, 10).add("advisorId", advisorC1Id))
                    .status());
        }
        assertEquals(201, Surveys.submitTimed(anyone, token(groupA, shopC2Id), Surveys.answers(9, 9)).status());
        String c3 = token(groupB, shopC3Id);
        String order = "RO-COMP-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            assertEquals(201, Surveys.submitTimed(anyone, c3, Surveys.answers(8, 9)).status());
        }
        Surveys.submitTimed(anyone, c3, Surveys.answers(8, 9).add("repairOrderNo", order));
        suspectSampleC3 = Surveys.submitTimed(anyone, c3, Surveys.answers(7, 8).add("repairOrderNo", order))
                .json().getString("id");

        Http.Answer all = assoc.get(path("/standings/shops"));
        assertEquals(200, all.status(), all.toString());
        JsonObject c2Row = row(all, shopC2Id);
        assertFalse(c2Row.containsKey("rank"), "below the minimum: never ranked");
        assertFalse(c2Row.getBoolean("eligible"));
        assertEquals(Set.of("TOO_FEW_SAMPLES"), codes(c2Row));
        assertTrue(c2Row.getJsonArray("reasons").getJsonObject(0).getString("text").contains("1"), c2Row.toString());
        JsonObject c1Row = row(all, shopC1Id);
        assertTrue(c1Row.getBoolean("eligible"), c1Row.toString());
        assertTrue(c1Row.getInt("rank") >= 1);
        assertEquals(4, c1Row.getInt("validSamples"));
        JsonObject c3Row = row(all, shopC3Id);
        assertTrue(c1Row.getJsonNumber("mean").doubleValue() > c3Row.getJsonNumber("mean").doubleValue(),
                "nines beat eights");

        assertTrue(codes(c3Row).contains("OPEN_REVIEW_CASES"), c3Row.toString());
        assertTrue(c3Row.getBoolean("held"));
        assertFalse(c3Row.containsKey("rank"));
        assertEquals("eb-1", all.json().getJsonObject("method").getString("version"));
        assertFalse(all.json().getJsonObject("method").getBoolean("frozen"));

        Http.Answer asB = groupB.get(path("/standings/shops"));
        assertEquals(200, asB.status());
        assertEquals(all.items().size(), asB.items().size(), "B sees every entry, anonymised");
        for (JsonObject item : asB.items().getValuesAs(JsonObject.class)) {
            if (!item.getBoolean("own")) {
                assertFalse(item.containsKey("shopId") || item.containsKey("name") || item.containsKey("tenant"),
                        item.toString());
            }
        }
        assertFalse(asB.body().contains(shopC1Id) || asB.body().contains("杭州西湖") || asB.body().contains("demo-group-a"),
                asB.body());
        assertTrue(asB.body().contains("深圳南山"), "its own entry by name");

        Http.Answer asManager = shopA1.get(path("/standings/shops"));
        assertEquals(200, asManager.status(), asManager.toString());
        assertEquals(List.of(shopA1Id), asManager.items().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("shopId")).toList(), "a shop manager sees only its own shop");
        assertTrue(asManager.json().containsKey("cutoff"), "and the score of the last award place");

        Http.Answer advisors = assoc.get(path("/standings/advisors"));
        JsonObject advisor = advisors.items().getValuesAs(JsonObject.class).stream()
                .filter(i -> advisorC1Id.equals(i.getString("advisorId", ""))).findFirst().orElseThrow();
        assertEquals(4, advisor.getInt("validSamples"));
        assertEquals(1, advisor.getInt("rank"), advisor.toString());
        assertEquals(404, assoc.get(path("/standings/teams")).status());
        assertEquals(404, groupA.get("/api/v1/seasons/" + UUID.randomUUID() + "/standings/shops").status());
    }

    @Test
    @Order(4)
    void aShopsMonthlyReportShowsItsLiveStandingAsTheStandingsApiHasIt() {
        Http anyone = Http.anonymous(base);
        String c4 = token(groupA, shopC4Id);
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Surveys.submitTimed(anyone, c4, Surveys.answers(8, 8)).status());
        }
        Http.Answer standings = assoc.get(path("/standings/shops"));
        assertTrue(row(standings, shopC1Id).containsKey("rank") && row(standings, shopC4Id).containsKey("rank"),
                standings.body());
        assertTrue(row(standings, shopC4Id).getInt("rank") > 1, "eights behind nines, outside the one award place");

        Map<String, String> reports = reports(REPORT_COLLECTING, List.of(shopC1Id, shopC2Id, shopC4Id, shopC5Id));
        assertTrue(reports.get(shopC1Id).contains(standingSentence(standings, shopC1Id, false)), reports.get(shopC1Id));
        assertTrue(reports.get(shopC4Id).contains(standingSentence(standings, shopC4Id, false)), reports.get(shopC4Id));
        assertTrue(reports.get(shopC4Id).contains("points short of place 1"), "the distance is told");
        assertFalse(reports.get(shopC2Id).contains(STANDING_HEADING), "entered but not ranked: no standing");
        assertFalse(reports.get(shopC5Id).contains(STANDING_HEADING), "not entered: no standing");
        assertTrue(reports.get(shopC5Id).contains("温州鹿城丰田4S店"), "its report still renders");
    }

    @Test
    @Order(5)
    void closingFreezesTheStandingsAndALaterReviewDecisionLeavesThemUnchanged() {
        Http.Answer closed = move("CLOSED", null);
        assertEquals(200, closed.status(), closed.toString());
        Http.Answer frozen = assoc.get(path("/standings/shops"));
        assertTrue(frozen.json().getJsonObject("method").getBoolean("frozen"));
        frozenShops = frozen.json().getJsonArray("items").toString();
        assertEquals(1, Database.count("select count(*) from standings_snapshot where season_id = ? and contest = 'SHOPS'",
                seasonId));

        Http.Answer accepted = assoc.post("/api/v1/review/responses/" + suspectSampleC3 + "/decision",
                Json.createObjectBuilder().add("decision", "ACCEPT").add("reason", "工单号录入错误，已核实").build());
        assertEquals(200, accepted.status(), accepted.toString());
        assertEquals(frozenShops, assoc.get(path("/standings/shops")).json().getJsonArray("items").toString(),
                "the snapshot does not move");
        assertEquals(409, groupA.post(path("/entries/" + entryOfShop.get(shopC2Id) + "/withdrawal"),
                Json.createObjectBuilder().build()).status(), "no withdrawal after collection ended");
        assertEquals(409, assoc.put(path("/rules"), Json.createObjectBuilder().add("awards", 2)
                .add("finalists", 2).add("reason", "x").build()).status(), "a closed season keeps its rules");
    }

    @Test
    @Order(6)
    void onceClosedTheReportShowsTheSnapshotAndSaysSo() {
        Http.Answer frozen = assoc.get(path("/standings/shops"));
        assertTrue(frozen.json().getJsonObject("method").getBoolean("frozen"));
        Map<String, String> reports = reports(REPORT_CLOSED, List.of(shopC1Id, shopC4Id, shopC3Id));
        assertTrue(reports.get(shopC1Id).contains(standingSentence(frozen, shopC1Id, true)), reports.get(shopC1Id));
        assertTrue(reports.get(shopC4Id).contains(standingSentence(frozen, shopC4Id, true)), reports.get(shopC4Id));
        // C3 was held for an open review case when the season closed; the review accepted since
        // moves its live figures, not the snapshot the report shows
        assertFalse(row(frozen, shopC3Id).containsKey("rank"));
        assertFalse(reports.get(shopC3Id).contains(STANDING_HEADING), reports.get(shopC3Id));
    }

    @Test
    @Order(7)
    void theStandingsExportGivesTheAssociationEveryEntryAndAGroupOnlyItsOwn() {
        Http.Answer frozen = assoc.get(path("/standings/shops"));
        String query = "?season=" + seasonId + "&level=SHOP";
        var all = Surveys.fetch(base + "/api/v1/exports/standings.csv" + query, Keycloak.token("assoc"));
        assertEquals(200, all.statusCode(), new String(all.body(), StandardCharsets.UTF_8));
        assertTrue(all.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] file = all.body();
        assertTrue((file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB && (file[2] & 0xff) == 0xBF, "UTF-8 BOM");
        String csv = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertEquals(frozen.items().size() + 1, lines.size(), "a header and every entry: " + csv);
        String c1Line = lines.stream().filter(l -> l.contains("杭州西湖丰田4S店")).findFirst().orElseThrow();
        assertTrue(c1Line.startsWith(row(frozen, shopC1Id).getInt("rank") + ","), "the API's rank: " + c1Line);
        assertTrue(csv.contains("深圳南山丰田4S店") && csv.contains("华南汽车集团"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK("), "a formula-like name opens as text: " + csv);
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains("\"=HYPERLINK"), csv);

        var asB = Surveys.fetch(base + "/api/v1/exports/standings.csv" + query, Keycloak.token("group-b"));
        assertEquals(200, asB.statusCode());
        String b = new String(asB.body(), StandardCharsets.UTF_8);
        assertEquals(2, b.lines().count(), "B's one entry: " + b);
        assertTrue(b.contains("深圳南山丰田4S店"));
        for (String a : List.of("杭州西湖", "宁波鄞州", "上海浦东", "HYPERLINK", "华东汽车服务集团")) {
            assertFalse(b.contains(a), "group B never sees A's rows: " + b);
        }

        var xlsx = Surveys.fetch(base + "/api/v1/exports/standings.xlsx" + query, Keycloak.token("group-a"));
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.ISO_8859_1), "a zip: XLSX");
        var advisors = Surveys.fetch(base + "/api/v1/exports/standings.csv?season=" + seasonId + "&level=ADVISOR",
                Keycloak.token("assoc"));
        assertEquals(200, advisors.statusCode());
        assertTrue(new String(advisors.body(), StandardCharsets.UTF_8).contains("王顾问"));

        assertEquals(404, Surveys.fetch(base + "/api/v1/exports/standings.csv?season=" + UUID.randomUUID()
                + "&level=SHOP", Keycloak.token("assoc")).statusCode(), "an unknown season");
        assertEquals(400, Surveys.fetch(base + "/api/v1/exports/standings.csv?season=" + seasonId + "&level=TEAM",
                Keycloak.token("assoc")).statusCode());
        assertEquals(403, Surveys.fetch(base + "/api/v1/exports/standings.csv" + query, Keycloak.token("shop-a1"))
                .statusCode(), "exports are for group admins and the association");
        assertEquals(401, Surveys.fetch(base + "/api/v1/exports/standings.csv" + query, null).statusCode());
    }

    @Test
    @Order(8)
    void onlyAssignedJudgesScoreAndNoJudgeSeesAnothersScoresBeforeTheRoundCloses() {
        Http.Answer round = assoc.get(path("/onsite"));
        assertEquals(200, round.status(), round.toString());
        List<String> finalists = round.json().getJsonArray("finalists").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("entryId")).toList();
        assertTrue(finalists.contains(entryOfShop.get(shopC1Id)), round.body());
        assertFalse(finalists.contains(entryOfShop.get(shopC2Id)), "an ineligible team is no finalist");
        assertEquals(200, assoc.post(path("/onsite/judges"), Json.createObjectBuilder().add("username", "judge1")
                .build()).status());
        assertEquals(200, assoc.post(path("/onsite/judges"), Json.createObjectBuilder().add("username", "judge2")
                .build()).status());
        assertEquals(400, assoc.put(path("/onsite/rubric"), Json.createObjectBuilder().add("criteria",
                Json.createArrayBuilder().add(criterion("process", 0.7)).add(criterion("skills", 0.7))).build())
                .status(), "weights must sum to 1");

        Http judge1 = api.as(Keycloak.token("judge1"));
        Http judge2 = api.as(Keycloak.token("judge2"));
        Http judge3 = api.as(Keycloak.token("judge3"));
        String c1Entry = entryOfShop.get(shopC1Id);
        assertEquals(403, judge3.put(path("/onsite/scores/" + c1Entry), scores(80, 80, 80)).status(),
                "a judge not assigned to the season");
        assertEquals(403, judge3.get(path("/onsite")).status());
        String other = assoc.post("/api/v1/seasons", season("OTHER-" + CODE).build()).json().getString("id");
        assertEquals(403, judge1.put("/api/v1/seasons/" + other + "/onsite/scores/" + c1Entry, scores(90, 90, 90))
                .status(), "judge1 cannot score another season");
        assertEquals(403, groupA.put(path("/onsite/scores/" + c1Entry), scores(90, 90, 90)).status());
        assertEquals(400, judge1.put(path("/onsite/scores/" + c1Entry), scores(150, 80, 80)).status());
        assertEquals(400, judge1.put(path("/onsite/scores/" + c1Entry), Json.createObjectBuilder().add("criteria",
                Json.createObjectBuilder().add("process", 80).add("skills", 80).add("charm", 80)).build()).status());

        for (String finalist : finalists) {
            assertEquals(200, judge2.put(path("/onsite/scores/" + finalist), scores(70, 70, 70)).status());
        }
        Http.Answer mine = judge1.get(path("/onsite"));
        assertEquals(200, mine.status());
        assertFalse(mine.body().contains("judge2"), "judge1 sees no other judge's scores: " + mine.body());
        assertEquals(409, assoc.post(path("/onsite/close"), JsonValue.EMPTY_JSON_OBJECT).status(),
                "judge1 has not scored yet");
        for (String finalist : finalists) {
            Http.Answer scored = judge1.put(path("/onsite/scores/" + finalist), scores(90, 80, 100));
            assertEquals(200, scored.status(), scored.toString());
            assertEquals(88.0, scored.json().getJsonNumber("total").doubleValue(), 0.001, "0.4·90 + 0.4·80 + 0.2·100");
        }
        assertEquals(200, assoc.post(path("/onsite/close"), JsonValue.EMPTY_JSON_OBJECT).status());
        assertTrue(judge1.get(path("/onsite")).body().contains("judge2"), "after closing, every score is open");
        assertEquals(409, judge1.put(path("/onsite/scores/" + c1Entry), scores(10, 10, 10)).status(),
                "no scoring after the round closed");
    }

    @Test
    @Order(9)
    void nothingIsPublicBeforePublicationThenCertificatesVerify() {
        assertEquals(404, api.get("/api/v1/public/seasons/" + CODE + "/results").status());
        assertEquals(404, api.getPage("/results/" + CODE).status());
        assertEquals(200, move("FINAL", null).status());
        assertFalse(reports(REPORT_FINAL, List.of(shopC1Id)).get(shopC1Id).contains(STANDING_HEADING),
                "from FINAL on the awards speak, not the standing");
        assertEquals(404, api.get("/api/v1/public/seasons/" + CODE + "/results").status(), "FINAL is not public yet");
        String certificate = Database.rows("select certificate_code from award where season_id = ? and contest = 'SHOPS'",
                seasonId).get(0).get("certificate_code").toString();
        assertEquals(404, api.getPage("/verify/" + certificate).status(), "not verifiable before publication");
        assertEquals(409, move("FINAL", null).status());
        assertEquals(200, move("PUBLISHED", null).status());

        Http.Answer results = api.get("/api/v1/public/seasons/" + CODE + "/results");
        assertEquals(200, results.status(), results.toString());
        JsonObject team = results.json().getJsonArray("teams").getJsonObject(0);
        assertEquals(1, team.getInt("place"));
        assertNotNull(team.getString("certificateCode"));
        assertTrue(results.json().getJsonArray("advisors").getJsonObject(0).getString("name").contains("王顾问"));
        assertTrue(results.json().getJsonObject("figures").getInt("shops") >= 4);
        Http.Answer page = api.getPage("/results/" + CODE);
        assertEquals(200, page.status());
        assertTrue(page.body().contains(team.getString("name")), page.body());
        Http.Answer verified = api.getPage("/verify/" + team.getString("certificateCode"));
        assertEquals(200, verified.status());
        assertTrue(verified.body().contains("证书真实有效") && verified.body().contains(team.getString("name")));
        assertEquals(404, api.getPage("/verify/ABCDEFGHJKLMNPQRSTUV").status(), "a made-up code finds no match");
        assertEquals(404, api.getPage("/verify/x").status());
        Http.Answer printable = api.getPage("/certificates/" + team.getString("certificateCode"));
        assertEquals(200, printable.status());
        assertTrue(printable.body().contains("<svg") && printable.body().contains("/verify/"
                + team.getString("certificateCode")), "the certificate carries the verification QR code");
    }

    @Test
    @Order(10)
    void theAuditTrailHoldsEveryActionOfTheSeason() {
        Http.Answer season = assoc.get("/api/v1/audit?objectId=" + seasonId + "&size=200");
        assertEquals(200, season.status(), season.toString());
        Set<String> actions = season.items().getValuesAs(JsonObject.class).stream().map(i -> i.getString("action"))
                .collect(Collectors.toSet());
        for (String expected : List.of("season.created", "season.enrolling", "season.collecting", "season.closed",
                "standings.frozen", "onsite.seeded", "onsite.judge-assigned", "onsite.closed", "season.final",
                "awards.decided", "season.published")) {
            assertTrue(actions.contains(expected), expected + " in " + actions);
        }
        JsonObject created = season.items().getValuesAs(JsonObject.class).stream()
                .filter(i -> "season.created".equals(i.getString("action"))).findFirst().orElseThrow();
        assertEquals("assoc", created.getString("user"));
        assertEquals("association-admin", created.getString("role"));
        Http.Answer entry = assoc.get("/api/v1/audit?objectId=" + entryOfShop.get(shopC1Id));
        Set<String> entryActions = entry.items().getValuesAs(JsonObject.class).stream()
                .map(i -> i.getString("action")).collect(Collectors.toSet());
        assertTrue(entryActions.containsAll(Set.of("entry.enrolled", "entry.approved", "onsite.scored")), entryActions.toString());
        JsonObject enrolled = entry.items().getValuesAs(JsonObject.class).stream()
                .filter(i -> "entry.enrolled".equals(i.getString("action"))).findFirst().orElseThrow();
        assertEquals("group-a", enrolled.getString("user"));
        assertEquals("demo-group-a", enrolled.getString("tenant"));
        Http.Answer review = assoc.get("/api/v1/audit?objectId=" + suspectSampleC3);
        assertTrue(review.body().contains("review.decided") && review.body().contains("工单号录入错误"), review.body());
        assertEquals(403, groupA.get("/api/v1/audit").status());
    }

    static final String STANDING_HEADING = "Competition standing";

    /** The report's standing sentence, from the standings API's own figures: rank of the ranked, cutoff − score. */
    static String standingSentence(Http.Answer standings, String shopId, boolean frozen) {
        long ranked = standings.items().getValuesAs(JsonObject.class).stream().filter(i -> i.containsKey("rank")).count();
        JsonObject row = row(standings, shopId);
        int rank = row.getInt("rank");
        int awards = standings.json().getJsonObject("method").getInt("awards");
        String place = "集成测试赛季 " + CODE + ": rank " + rank + " of " + ranked + ".";
        String award = rank <= awards ? "Inside the top " + awards + " award places."
                : standings.json().getJsonNumber("cutoff").bigDecimalValue()
                        .subtract(row.getJsonNumber("score").bigDecimalValue()).setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + " points short of place " + awards + ", the last award place.";
        return place + " " + award + (frozen ? " Collection has closed" : "");
    }

    static void receiveReportsInEnglish(Http groupAdmin, String shopId) {
        Http.Answer saved = groupAdmin.put("/api/v1/shops/" + shopId + "/report-recipients", Json.createObjectBuilder()
                .add("emails", Json.createArrayBuilder().add(READER))
                .add("locales", Json.createObjectBuilder().add(READER, "en")).build());
        assertEquals(200, saved.status(), saved.toString());
    }

    /** Runs a month's shop reports and returns each asked shop's report as its group admin opens it (HTML). */
    static Map<String, String> reports(YearMonth month, List<String> shopIds) {
        Http.Answer started = assoc.post("/api/v1/reports/runs", Json.createObjectBuilder().add("kind", "SHOP_MONTHLY")
                .add("month", month.toString()).build());
        assertEquals(202, started.status(), started.toString());
        String runId = started.json().getString("id");
        long end = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        while (!"DONE".equals(assoc.get("/api/v1/reports/runs/" + runId).json().getString("status"))) {
            assertTrue(System.nanoTime() < end, "run " + month + " done in time");
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (String shopId : shopIds) {
            Http owner = shopId.equals(shopC3Id) ? groupB : groupA;
            String reportId = owner.get("/api/v1/shops/" + shopId + "/reports").items().getValuesAs(JsonObject.class)
                    .stream().filter(r -> r.getString("month").equals(month.toString())).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + month + " report of " + shopId)).getString("id");
            Http.Answer html = owner.getPage("/api/v1/reports/" + reportId);
            assertEquals(200, html.status(), html.toString());
            out.put(shopId, html.body());
        }
        return out;
    }

    static String path(String rest) {
        return "/api/v1/seasons/" + seasonId + rest;
    }

    static Http.Answer move(String to, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("to", to);
        if (reason != null) {
            body.add("reason", reason);
        }
        return assoc.post(path("/transitions"), body.build());
    }

    static JsonObject entry(String shopId) {
        return Json.createObjectBuilder().add("shopId", shopId).build();
    }

    static JsonObject decision(String decision) {
        return Json.createObjectBuilder().add("decision", decision).add("reason", "资料齐全").build();
    }

    static JsonObject criterion(String code, double weight) {
        return Json.createObjectBuilder().add("code", code).add("labelZh", code).add("labelEn", code)
                .add("weight", weight).build();
    }

    static JsonObject scores(int process, int skills, int communication) {
        return Json.createObjectBuilder().add("criteria", Json.createObjectBuilder().add("process", process)
                .add("skills", skills).add("communication", communication)).build();
    }

    static String token(Http groupAdmin, String shopId) {
        return Surveys.token(Surveys.scanShopCode(base, Keycloak.token(groupAdmin == groupA ? "group-a" : "group-b"),
                shopId));
    }

    static JsonObject row(Http.Answer standings, String shopId) {
        return standings.items().getValuesAs(JsonObject.class).stream()
                .filter(i -> shopId.equals(i.getString("shopId", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + shopId + " in " + standings.body()));
    }

    static Set<String> codes(JsonObject row) {
        return row.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().map(r -> r.getString("code"))
                .collect(Collectors.toSet());
    }
}
