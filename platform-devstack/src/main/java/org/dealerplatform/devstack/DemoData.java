package org.dealerplatform.devstack;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dealerplatform.devstack.DemoCatalog.Advisor;
import org.dealerplatform.devstack.DemoCatalog.Group;
import org.dealerplatform.devstack.DemoCatalog.Shop;

/**
 * Loads the demo dealer groups, shops and advisors through the public API, as the demo users
 * themselves would, so the demo also exercises the API's rules. Safe to run on every start: 409
 * means the object is already there. Then, for shops that have none yet, two years of survey
 * samples go straight into the database (a few percent flagged by screening, nearly all of them
 * reviewed) and the rollups are rebuilt through the API; last, the competition seasons
 * ({@link DemoCompetition}): last year's published with awards, this year's collecting.
 */
public final class DemoData {

    /** What the welcome box points at; nulls when the demo could not show it. */
    public record Showcase(String pastSeason, String currentSeason, String certificateCode) {
        static final Showcase NONE = new Showcase(null, null, null);
    }

    /** A demo shop as the platform knows it: its group, its catalog entry, its id and its advisors' ids. */
    record LoadedShop(Group group, Shop shop, String shopId, List<String> advisorIds) {
    }

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final List<String> MODULES = List.of("tenants", "surveys", "competitions", "reports");

    private final DemoApi api;
    private final PlatformDatabase database;
    private final Map<String, int[]> counts = new HashMap<>();
    private Showcase showcase = Showcase.NONE;

    public DemoData(String platformUrl, String keycloakUrl, PlatformDatabase database) {
        this.api = new DemoApi(platformUrl, keycloakUrl);
        this.database = database;
    }

    /** Creates what is missing and returns a summary (a few lines). */
    public String load() {
        return load(true);
    }

    /** Groups, shops, advisors and samples, without the competition seasons (for the survey benchmark). */
    public String loadWithoutSeasons() {
        return load(false);
    }

    private String load(boolean withSeasons) {
        String association = DemoCatalog.ASSOCIATION_LOGIN;
        for (Group group : DemoCatalog.GROUPS) {
            JsonArrayBuilder modules = Json.createArrayBuilder();
            MODULES.forEach(modules::add);
            create("tenants", association, "/api/v1/tenants", Json.createObjectBuilder()
                    .add("code", group.code()).add("name", group.name())
                    .add("contactEmail", group.contactEmail()).add("modules", modules).build());
        }
        enableModules(association);
        onboardedAdmins();
        List<LoadedShop> shops = new ArrayList<>();
        int shopIndex = 0;
        for (Group group : DemoCatalog.GROUPS) {
            String admin = group.admin();
            for (Shop shop : group.shops()) {
                create("shops", admin, "/api/v1/shops", Json.createObjectBuilder()
                        .add("code", shop.code()).add("name", shop.name()).add("brand", shop.brand())
                        .add("province", shop.province()).add("city", shop.city())
                        .add("address", shop.address()).build());
            }
            Map<String, String> shopIds = shopIdsByCode(admin);
            for (Shop shop : group.shops()) {
                String shopId = shopIds.get(shop.code());
                if (shopId == null) {
                    throw new IllegalStateException("shop " + shop.code() + " missing from GET /api/v1/shops");
                }
                for (Advisor advisor : DemoCatalog.advisorsOf(shopIndex++)) {
                    create("advisors", admin, "/api/v1/shops/" + shopId + "/advisors", Json.createObjectBuilder()
                            .add("name", advisor.name()).add("employeeNo", advisor.employeeNo()).build());
                }
                // asking for the QR code creates the shop's survey link
                api.fetch(admin, "/api/v1/shops/" + shopId + "/qr.svg");
                List<String> advisorIds = advisorIds(admin, shopId);
                shops.add(new LoadedShop(group, shop, shopId, advisorIds));
            }
        }
        String samples = samples(association, shops);
        String basics = "Demo data: " + summary("tenants") + ", " + summary("shops") + ", " + summary("advisors")
                + ", " + samples;
        if (!withSeasons) {
            return basics;
        }
        DemoCompetition competition = new DemoCompetition(api, shops);
        String seasons;
        try {
            seasons = competition.load();
            showcase = competition.showcase();
        } catch (RuntimeException e) {
            // the platform still serves everything else; say why the competition part is missing
            seasons = "competition seasons not loaded: " + e.getMessage();
        }
        String reports;
        try {
            reports = new DemoReports(api, shops).load();
        } catch (RuntimeException e) {
            reports = "monthly reports not queued: " + e.getMessage();
        }
        return basics + System.lineSeparator() + seasons + System.lineSeparator() + reports;
    }

    /** The seasons and certificate the welcome box links to; call after {@link #load()}. */
    public Showcase showcase() {
        return showcase;
    }

    /** Demo groups created by an earlier version of the demo get every demo module switched on. */
    private void enableModules(String association) {
        Set<String> demo = Set.copyOf(DemoCatalog.GROUPS.stream().map(Group::code).toList());
        JsonArrayBuilder modules = Json.createArrayBuilder();
        MODULES.forEach(modules::add);
        JsonObject patch = Json.createObjectBuilder().add("modules", modules).build();
        for (JsonValue tenant : api.get(association, "/api/v1/tenants?size=200").getJsonArray("items")) {
            JsonObject t = tenant.asJsonObject();
            if (demo.contains(t.getString("code", ""))) {
                api.call("PATCH", "/api/v1/tenants/" + DemoApi.text(t.get("id")), association, patch);
            }
        }
    }

    /**
     * A group without a demo-realm login gets the admin its onboarding created, with a one-time
     * password; the demo gives that admin a known permanent one (its user name) so the loader
     * and the visitor can sign in with it.
     */
    private void onboardedAdmins() {
        for (Group group : DemoCatalog.GROUPS) {
            if (group.adminLogin() == null && !api.canSignIn(group.admin())
                    && !api.setPermanentPassword(group.admin(), group.admin())) {
                throw new IllegalStateException("the onboarded admin " + group.admin() + " is missing in Keycloak;"
                        + " delete the data folder (.run) to start from scratch");
            }
        }
    }

    private String samples(String association, List<LoadedShop> shops) {
        YearMonth now = YearMonth.now(BEIJING);
        YearMonth pastFrom = YearMonth.of(now.getYear() - 1, 1);
        YearMonth pastTo = YearMonth.of(now.getYear() - 1, 12);
        YearMonth currentFrom = YearMonth.of(now.getYear(), 1);
        try (SampleLoader loader = new SampleLoader(database.jdbcUrl(), database.user(), database.password(),
                now.getYear(), true)) {
            List<SampleLoader.Plan> past = new ArrayList<>();
            List<SampleLoader.Plan> current = new ArrayList<>();
            for (LoadedShop s : shops) {
                if (loader.samplesOf(s.shopId()) > 0) {
                    continue;
                }
                String link = loader.text("select token from survey_link where shop_id = ? and current_for is not null",
                        s.shopId());
                Shop shop = s.shop();
                var target = new SampleLoader.ShopTarget(s.group().code(), s.shopId(), shop.name(), shop.brand(),
                        shop.province(), link, s.advisorIds(), 0);
                past.add(new SampleLoader.Plan(target, shop.samplesPerMonth(), shop.pastScore(), 0,
                        shop.review().past));
                current.add(new SampleLoader.Plan(target, shop.samplesPerMonth(), shop.currentScore(), 0,
                        shop.review().current));
            }
            String figures = figures(loader, currentFrom, now);
            if (past.isEmpty()) {
                return "survey samples " + loader.count("select count(*) from survey_response") + " existing" + figures;
            }
            long written = loader.load(past, pastFrom, pastTo) + loader.load(current, currentFrom, now);
            api.post(association, "/api/v1/scores/rollups/rebuild", null);
            return "survey samples " + written + " created for " + past.size() + " shops"
                    + figures(loader, currentFrom, now);
        }
    }

    /** Valid, suspect and invalid samples and the average score of this year's valid samples. */
    private static String figures(SampleLoader loader, YearMonth from, YearMonth to) {
        long valid = loader.count("select count(*) from survey_response where status = 'VALID'");
        long suspect = loader.count("select count(*) from survey_response where status = 'SUSPECT'");
        long invalid = loader.count("select count(*) from survey_response where status = 'INVALID'");
        if (valid + suspect + invalid == 0) {
            return "";
        }
        long average = loader.count("select round(avg(score_overall) * 10) from survey_response where status = 'VALID'"
                + " and month between '" + from + "' and '" + to + "'");
        return String.format(Locale.ROOT, " (%d valid, %d suspect waiting for review, %d invalid; %s average %.1f)",
                valid, suspect, invalid, from.getYear(), average / 10.0);
    }

    private List<String> advisorIds(String admin, String shopId) {
        List<JsonObject> advisors = new ArrayList<>(api.get(admin, "/api/v1/shops/" + shopId + "/advisors?size=200")
                .getJsonArray("items").getValuesAs(JsonObject.class));
        advisors.sort(Comparator.comparing(a -> a.getString("employeeNo", "")));
        return advisors.stream().map(a -> DemoApi.text(a.get("id"))).toList();
    }

    private void create(String kind, String login, String path, JsonObject body) {
        DemoApi.Answer answer = api.send("POST", path, login, body);
        int[] createdExisting = counts.computeIfAbsent(kind, k -> new int[2]);
        if (answer.ok()) {
            createdExisting[0]++;
        } else if (answer.status() == 409) {
            createdExisting[1]++;
        } else {
            throw new IllegalStateException("POST " + path + " " + body + " answered " + answer.status() + ": "
                    + answer.body());
        }
    }

    private Map<String, String> shopIdsByCode(String login) {
        Map<String, String> ids = new HashMap<>();
        api.get(login, "/api/v1/shops?size=200").getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(item -> ids.put(item.getString("code"), DemoApi.text(item.get("id"))));
        return ids;
    }

    private String summary(String kind) {
        int[] createdExisting = counts.getOrDefault(kind, new int[2]);
        return kind + " " + createdExisting[0] + " created/" + createdExisting[1] + " existing";
    }
}
