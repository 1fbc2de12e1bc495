package org.dealerplatform.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.dealerplatform.devstack.DemoCatalog.Fate;
import org.dealerplatform.devstack.DemoData.LoadedShop;

/**
 * The demo's competition, entirely through the API as the association, the group admins and the
 * judges would run it: last year's season enrolled, approved, collected, closed, judged on site by
 * judge1-judge3 with the default rubric, made final and published (so the results page and the
 * certificates open); this year's season enrolled with a few entries pending, rejected and
 * withdrawn, its rules changed once with a reason, and collecting, so its standings move with the
 * samples. Each season is picked up where it stands: a second start changes nothing.
 * <p>
 * Enrolment is accepted only while the Beijing date lies inside the season's enrolment window, so
 * both windows run up to tomorrow: the demo enrols today what in reality was enrolled before the
 * season started.
 */
final class DemoCompetition {

    private static final String ASSOCIATION = DemoCatalog.ASSOCIATION_LOGIN;

    /** One demo season: its dates, rules, and which catalog fate of a shop applies to it. */
    private record SeasonPlan(String code, String name, LocalDate enrolFrom, LocalDate enrolTo, YearMonth collectFrom,
                              YearMonth collectTo, Function<DemoCatalog.Shop, Fate> fate, boolean publish) {
    }

    private final DemoApi api;
    private final List<LoadedShop> shops;
    private String pastCode;
    private String currentCode;
    private String certificate;

    DemoCompetition(DemoApi api, List<LoadedShop> shops) {
        this.api = api;
        this.shops = shops;
    }

    /** Brings both seasons to where the demo wants them; returns a summary line per season. */
    String load() {
        LocalDate today = LocalDate.now(DemoData.BEIJING);
        YearMonth month = YearMonth.from(today);
        int year = today.getYear();
        LocalDate pastEnrolFrom = LocalDate.of(year - 1, 1, 6);
        LocalDate currentEnrolFrom = LocalDate.of(year, 1, 6).isAfter(today) ? today : LocalDate.of(year, 1, 6);
        YearMonth currentFrom = YearMonth.of(year, 2).isAfter(month) ? month : YearMonth.of(year, 2);
        SeasonPlan past = new SeasonPlan(String.valueOf(year - 1), (year - 1) + "年度汽车售后服务质量竞赛",
                pastEnrolFrom, today.plusDays(1), YearMonth.of(year - 1, 2), YearMonth.of(year - 1, 10),
                DemoCatalog.Shop::past, true);
        SeasonPlan current = new SeasonPlan(String.valueOf(year), year + "年度汽车售后服务质量竞赛",
                currentEnrolFrom, today.plusDays(1), currentFrom, YearMonth.of(year, 12),
                DemoCatalog.Shop::current, false);
        pastCode = past.code();
        currentCode = current.code();
        String first = bring(past);
        String second = bring(current);
        certificate = firstCertificate(past.code());
        return "Seasons: " + first + System.lineSeparator() + "         " + second;
    }

    DemoData.Showcase showcase() {
        return new DemoData.Showcase(certificate == null ? null : pastCode, currentCode, certificate);
    }

    /** Moves a season step by step from wherever it stands to where the plan wants it. */
    private String bring(SeasonPlan plan) {
        JsonObject season = find(plan.code());
        boolean created = season == null;
        if (created) {
            season = api.post(ASSOCIATION, "/api/v1/seasons", Json.createObjectBuilder()
                    .add("code", plan.code()).add("name", plan.name())
                    .add("enrolFrom", plan.enrolFrom().toString()).add("enrolTo", plan.enrolTo().toString())
                    .add("collectFrom", plan.collectFrom().toString()).add("collectTo", plan.collectTo().toString())
                    .add("questionnaireVersions", Json.createArrayBuilder())
                    .add("rules", Json.createObjectBuilder().add("minShopSamples", 50).add("minAdvisorSamples", 20)
                            .add("finalists", 8).add("onSiteWeight", 0.3).add("awards", 5)
                            .add("maxFlaggedShare", 0.2))
                    .build());
        }
        String id = DemoApi.text(season.get("id"));
        for (int step = 0; step < 10; step++) {
            String status = season.getString("status");
            switch (status) {
                case "DRAFT" -> season = move(id, "ENROLLING", null);
                case "ENROLLING" -> {
                    enrol(plan, id);
                    decide(plan, id);
                    if (plan.publish()) {
                        withdraw(plan, id);
                    } else {
                        moreFinalists(id, season);
                    }
                    season = move(id, "COLLECTING", null);
                }
                case "COLLECTING" -> {
                    if (!plan.publish()) {
                        withdraw(plan, id);
                        return describe(plan.code(), id, created);
                    }
                    season = move(id, "CLOSED", "采集期结束，冻结排名");
                }
                case "CLOSED" -> {
                    if (!plan.publish()) {
                        return describe(plan.code(), id, created);
                    }
                    if (!season.getBoolean("onSiteRoundClosed", false)) {
                        judge(id);
                        season = get(id);
                        continue;
                    }
                    season = move(id, "FINAL", null);
                }
                case "FINAL" -> season = move(id, "PUBLISHED", null);
                default -> {
                    return describe(plan.code(), id, created);
                }
            }
        }
        return describe(plan.code(), id, created);
    }

    private JsonObject find(String code) {
        for (JsonObject s : api.get(ASSOCIATION, "/api/v1/seasons").getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (code.equals(s.getString("code", ""))) {
                return s;
            }
        }
        return null;
    }

    private JsonObject get(String id) {
        return api.get(ASSOCIATION, "/api/v1/seasons/" + id);
    }

    /** One step of the life cycle; a step someone else (the season calendar) already took is fine. */
    private JsonObject move(String id, String to, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("to", to);
        if (reason != null) {
            body.add("reason", reason);
        }
        DemoApi.Answer answer = api.send("POST", "/api/v1/seasons/" + id + "/transitions", ASSOCIATION, body.build());
        if (answer.ok()) {
            return answer.json();
        }
        JsonObject now = get(id);
        if (answer.status() == 409 && to.equals(now.getString("status"))) {
            return now;
        }
        throw new IllegalStateException("season " + id + " → " + to + " answered " + answer.status() + ": "
                + answer.body());
    }

    private Map<String, JsonObject> entriesByShop(String id) {
        Map<String, JsonObject> entries = new HashMap<>();
        api.get(ASSOCIATION, "/api/v1/seasons/" + id + "/entries").getJsonArray("items")
                .getValuesAs(JsonObject.class).forEach(e -> entries.put(DemoApi.text(e.get("shopId")), e));
        return entries;
    }

    /** Each group admin enters their shops with their advisors (this year a shop with four enters its three busiest). */
    private void enrol(SeasonPlan plan, String id) {
        Map<String, JsonObject> existing = entriesByShop(id);
        for (LoadedShop s : shops) {
            if (plan.fate().apply(s.shop()) == Fate.NONE || existing.containsKey(s.shopId())) {
                continue;
            }
            JsonArrayBuilder advisors = Json.createArrayBuilder();
            s.advisorIds().stream().limit(plan.publish() ? 4 : 3).forEach(advisors::add);
            api.post(s.group().admin(), "/api/v1/seasons/" + id + "/entries", Json.createObjectBuilder()
                    .add("shopId", s.shopId()).add("advisorIds", advisors).build());
        }
    }

    /** The association approves or rejects what the plan says; pending entries stay pending. */
    private void decide(SeasonPlan plan, String id) {
        Map<String, JsonObject> entries = entriesByShop(id);
        int rejections = 0;
        for (LoadedShop s : shops) {
            JsonObject entry = entries.get(s.shopId());
            Fate fate = plan.fate().apply(s.shop());
            if (entry == null || !"PENDING".equals(entry.getString("status")) || fate == Fate.PENDING) {
                continue;
            }
            boolean approve = fate != Fate.REJECTED;
            String reason = approve ? "报名资料齐全，同意参赛"
                    : List.of("门店未按要求在接待区张贴评价二维码海报，本赛季不予受理",
                    "与本集团已报名门店为同一服务站，不能重复参赛").get(rejections++ % 2);
            api.post(ASSOCIATION, "/api/v1/seasons/" + id + "/entries/" + DemoApi.text(entry.get("id")) + "/decision",
                    Json.createObjectBuilder().add("decision", approve ? "APPROVE" : "REJECT").add("reason", reason)
                            .build());
        }
    }

    /** The group admin withdraws the entries the plan has withdrawn. */
    private void withdraw(SeasonPlan plan, String id) {
        Map<String, JsonObject> entries = entriesByShop(id);
        for (LoadedShop s : shops) {
            JsonObject entry = entries.get(s.shopId());
            if (entry == null || plan.fate().apply(s.shop()) != Fate.WITHDRAWN
                    || "WITHDRAWN".equals(entry.getString("status"))) {
                continue;
            }
            api.post(s.group().admin(), "/api/v1/seasons/" + id + "/entries/" + DemoApi.text(entry.get("id"))
                    + "/withdrawal", Json.createObjectBuilder().add("reason", "门店装修改造，暂停营业至年底").build());
        }
    }

    /** More entries than planned: two more finalists, a rules change after enrolment opened (version 2). */
    private void moreFinalists(String id, JsonObject season) {
        JsonObject rules = season.getJsonObject("rules");
        if (rules == null || rules.getInt("version", 1) > 1) {
            return;
        }
        api.call("PUT", "/api/v1/seasons/" + id + "/rules", ASSOCIATION, Json.createObjectBuilder()
                .add("finalists", 10).add("reason", "报名门店多于预期，现场决赛名额由8个增至10个").build());
    }

    /**
     * The on-site round of a closed season: the three demo judges assigned, each scoring every
     * finalist on the default rubric (scores that differ by team and a little by judge), then the
     * round closed by the association.
     */
    private void judge(String id) {
        String onsite = "/api/v1/seasons/" + id + "/onsite";
        JsonObject round = api.get(ASSOCIATION, onsite);
        List<String> assigned = round.getJsonArray("judges").getValuesAs((JsonValue v) -> DemoApi.text(v));
        for (String judge : DemoCatalog.JUDGES) {
            if (!assigned.contains(judge)) {
                round = api.post(ASSOCIATION, onsite + "/judges", Json.createObjectBuilder().add("username", judge)
                        .build());
            }
        }
        List<String> criteria = round.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("code")).toList();
        List<String> scored = new ArrayList<>();
        round.getJsonArray("scores").getValuesAs(JsonObject.class)
                .forEach(s -> scored.add(s.getString("judge") + "/" + DemoApi.text(s.get("entryId"))));
        for (JsonObject finalist : round.getJsonArray("finalists").getValuesAs(JsonObject.class)) {
            String entryId = DemoApi.text(finalist.get("entryId"));
            Random team = new Random(entryId.hashCode());
            double level = 76 + team.nextDouble() * 18;
            for (String judge : DemoCatalog.JUDGES) {
                if (scored.contains(judge + "/" + entryId)) {
                    continue;
                }
                Random taste = new Random(31L * entryId.hashCode() + judge.hashCode());
                JsonObjectBuilder marks = Json.createObjectBuilder();
                for (String code : criteria) {
                    marks.add(code, (int) Math.max(0, Math.min(100, Math.round(level + taste.nextGaussian() * 4))));
                }
                api.call("PUT", onsite + "/scores/" + entryId, judge, Json.createObjectBuilder()
                        .add("criteria", marks).build());
            }
        }
        api.post(ASSOCIATION, onsite + "/close", null);
    }

    private String firstCertificate(String code) {
        DemoApi.Answer results = api.send("GET", "/api/v1/public/seasons/" + code + "/results", null, null);
        if (!results.ok()) {
            return null;
        }
        for (String contest : List.of("teams", "advisors")) {
            for (JsonObject winner : results.json().getJsonArray(contest).getValuesAs(JsonObject.class)) {
                JsonValue cert = winner.get("certificateCode");
                if (cert != null && cert.getValueType() == JsonValue.ValueType.STRING) {
                    return DemoApi.text(cert);
                }
            }
        }
        return null;
    }

    /** One line: the season's state, its entries and what its standings say. */
    private String describe(String code, String id, boolean created) {
        JsonObject season = get(id);
        Map<String, Integer> byStatus = new java.util.TreeMap<>();
        entriesByShop(id).values().forEach(e -> byStatus.merge(e.getString("status"), 1, Integer::sum));
        StringBuilder line = new StringBuilder(code + " " + season.getString("status") + (created ? " (created)" : "")
                + ", entries " + byStatus);
        JsonObject teams = api.get(ASSOCIATION, "/api/v1/seasons/" + id + "/standings/shops");
        JsonObject advisors = api.get(ASSOCIATION, "/api/v1/seasons/" + id + "/standings/advisors");
        line.append(", shops ").append(standing(teams)).append(", advisors ").append(standing(advisors));
        JsonValue fieldMean = teams.containsKey("method") ? teams.getJsonObject("method").get("fieldMean") : null;
        if (fieldMean != null && fieldMean.getValueType() == JsonValue.ValueType.NUMBER) {
            line.append(String.format(Locale.ROOT, ", field mean %.1f", Double.parseDouble(fieldMean.toString())));
        }
        if ("PUBLISHED".equals(season.getString("status"))) {
            DemoApi.Answer results = api.send("GET", "/api/v1/public/seasons/" + code + "/results", null, null);
            if (results.ok()) {
                JsonObject r = results.json();
                JsonObject figures = r.getJsonObject("figures");
                line.append(", awards ").append(r.getJsonArray("teams").size()).append(" teams/")
                        .append(r.getJsonArray("advisors").size()).append(" advisors, published figures ")
                        .append(figures);
            }
        }
        return line.toString();
    }

    /** Ranked, held for review and otherwise excluded rows of a standings answer. */
    private static String standing(JsonObject table) {
        int ranked = 0;
        int held = 0;
        int tooFew = 0;
        List<JsonObject> items = table.getJsonArray("items").getValuesAs(JsonObject.class);
        for (JsonObject item : items) {
            if (item.get("rank") != null && item.get("rank").getValueType() == JsonValue.ValueType.NUMBER) {
                ranked++;
            } else if (item.getBoolean("held", false)) {
                held++;
            }
            if (item.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                    .anyMatch(r -> "TOO_FEW_SAMPLES".equals(r.getString("code")))) {
                tooFew++;
            }
        }
        return items.size() + " (" + ranked + " ranked, " + held + " held for review, " + tooFew
                + " below the sample minimum)";
    }
}
