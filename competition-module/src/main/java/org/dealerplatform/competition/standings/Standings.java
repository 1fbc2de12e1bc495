package org.dealerplatform.competition.standings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.competition.enrolment.Entries;
import org.dealerplatform.competition.enrolment.Entry;
import org.dealerplatform.competition.enrolment.EntryStatus;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonMoved;
import org.dealerplatform.competition.season.SeasonRules;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.ranking.FairRanking;
import org.dealerplatform.core.scores.ScoreQuery;
import org.dealerplatform.core.scores.ScoreReader;
import org.dealerplatform.core.scores.ScoreTotals;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.shops.AdvisorProfile;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantDirectory;
import org.dealerplatform.core.tenancy.TenantStanding;

/**
 * The standings of a season: computed live from the survey module's scores while the season
 * collects, frozen into a {@link Snapshot} in the transaction that closes it, and read from the
 * newest snapshot from then on. Scores come only through core's {@link ScoreReader}, names only
 * through core's {@link ShopDirectory}: the module knows neither the survey nor the tenant module.
 */
@ApplicationScoped
public class Standings {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Seasons seasons;

    @Inject
    Entries entries;

    @Inject
    Instance<ScoreReader> scores;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    Instance<TenantDirectory> tenants;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    @Transactional
    public StandingsTable of(Season season, Contest contest) {
        if (season.status().standingsFrozen()) {
            return frozen(season.id(), contest).orElseGet(() -> live(season, contest));
        }
        return live(season, contest);
    }

    /** The newest snapshot of a contest, if the season was ever closed. */
    public Optional<StandingsTable> frozen(String seasonId, Contest contest) {
        return latest(seasonId, contest).map(s -> {
            StandingsTable table = JSON.fromJson(s.content(), StandingsTable.class);
            var m = table.method();
            return new StandingsTable(table.seasonId(), table.contest(), table.rows(), table.cutoff(),
                    new StandingsTable.Method(m.version(), m.rulesVersion(), m.awards(), m.minSamples(),
                            m.maxFlaggedShare(), m.seed(), m.draws(), m.fieldMean(), m.withinVariance(),
                            m.betweenVariance(), m.shrinkageK(), s.takenAt().toString(), true, s.number()));
        });
    }

    public Optional<Snapshot> latest(String seasonId, Contest contest) {
        return em.createQuery("select s from Snapshot s where s.seasonId = :season and s.contest = :contest"
                        + " order by s.number desc", Snapshot.class)
                .setParameter("season", seasonId).setParameter("contest", contest).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Freezes both contests in the transaction that closes the season. */
    void onSeasonMoved(@Observes SeasonMoved moved) {
        if (moved.to() != SeasonStatus.CLOSED) {
            return;
        }
        Season season = moved.season();
        int number = latest(season.id(), Contest.SHOPS).map(s -> s.number() + 1).orElse(1);
        String by = caller.current().map(c -> c.username()).orElse("system");
        for (Contest contest : Contest.values()) {
            StandingsTable table = live(season, contest);
            em.persist(new Snapshot(table, number, by, JSON.toJson(table), Instant.now()));
            audit.record("standings.frozen", "season", season.id(), season.code() + " " + contest + " snapshot #"
                    + number + ": " + table.rows().size() + " entries, method " + table.method().version()
                    + ", rules v" + table.method().rulesVersion(), moved.reason());
        }
    }

    public StandingsTable live(Season season, Contest contest) {
        SeasonRules rules = seasons.rules(season).rules();
        List<Entry> all = entries.all(season.id());
        Map<String, ShopProfile> shops = directory.isResolvable()
                ? directory.get().shops(all.stream().map(Entry::shopId).toList()).stream()
                        .collect(Collectors.toMap(ShopProfile::id, Function.identity()))
                : Map.of();
        Map<String, String> groups = directory.isResolvable() ? directory.get().groupNames() : Map.of();
        Map<String, Boolean> groupActive = new HashMap<>();
        for (Entry e : all) {
            groupActive.computeIfAbsent(e.tenantId(), this::groupActive);
        }
        boolean teams = contest == Contest.SHOPS;
        int min = teams ? rules.minShopSamples() : rules.minAdvisorSamples();
        List<Candidate> candidates = teams
                ? shopCandidates(season, all, shops, groups, groupActive, rules)
                : advisorCandidates(season, all, shops, groups, groupActive, rules);
        var setup = new StandingsCalculator.Setup(season.id(), contest, season.rulesVersion(), rules.awards(), min,
                rules.maxFlaggedShare(), season.drawSeed() + contest.ordinal(), FairRanking.DEFAULT_DRAWS);
        return StandingsCalculator.compute(setup, candidates, Instant.now());
    }

    private List<Candidate> shopCandidates(Season season, List<Entry> all, Map<String, ShopProfile> shops,
                                           Map<String, String> groups, Map<String, Boolean> active, SeasonRules rules) {
        Set<String> ids = all.stream().map(Entry::shopId).collect(Collectors.toSet());
        Map<String, ScoreTotals> totals = totals(season, ids, true);
        List<Candidate> candidates = new ArrayList<>(all.size());
        for (Entry e : all) {
            ShopProfile shop = shops.get(e.shopId());
            ScoreTotals t = totals.getOrDefault(e.shopId(), ScoreTotals.NONE);
            var facts = new Eligibility.Facts(e.status(), e.decisionReason(), active.get(e.tenantId()), t,
                    rules.minShopSamples(), rules.maxFlaggedShare());
            candidates.add(new Candidate(e.id(), e.shopId(), shop == null ? e.shopId() : shop.name(), e.shopId(),
                    shop == null ? e.shopId() : shop.name(), e.tenantId(), groups.getOrDefault(e.tenantId(), e.tenantId()),
                    shop == null ? null : shop.brandNameZh(), shop == null ? null : shop.provinceCode(), t,
                    Eligibility.check(facts)));
        }
        return candidates;
    }

    private List<Candidate> advisorCandidates(Season season, List<Entry> all, Map<String, ShopProfile> shops,
                                              Map<String, String> groups, Map<String, Boolean> active,
                                              SeasonRules rules) {
        Set<String> ids = new LinkedHashSet<>();
        all.forEach(e -> ids.addAll(e.advisorIds()));
        Map<String, AdvisorProfile> advisors = directory.isResolvable()
                ? directory.get().advisors(ids).stream().collect(Collectors.toMap(AdvisorProfile::id, a -> a))
                : Map.of();
        Map<String, ScoreTotals> totals = totals(season, ids, false);
        List<Candidate> candidates = new ArrayList<>(ids.size());
        for (Entry e : all) {
            ShopProfile shop = shops.get(e.shopId());
            for (String advisorId : e.advisorIds()) {
                AdvisorProfile advisor = advisors.get(advisorId);
                ScoreTotals t = totals.getOrDefault(advisorId, ScoreTotals.NONE);
                EntryStatus status = e.status();
                var facts = new Eligibility.Facts(status, e.decisionReason(), active.get(e.tenantId()), t,
                        rules.minAdvisorSamples(), rules.maxFlaggedShare());
                candidates.add(new Candidate(e.id(), advisorId, advisor == null ? advisorId : advisor.name(),
                        e.shopId(), shop == null ? e.shopId() : shop.name(), e.tenantId(),
                        groups.getOrDefault(e.tenantId(), e.tenantId()), shop == null ? null : shop.brandNameZh(),
                        shop == null ? null : shop.provinceCode(), t, Eligibility.check(facts)));
            }
        }
        return candidates;
    }

    private Map<String, ScoreTotals> totals(Season season, Set<String> ids, boolean shops) {
        if (ids.isEmpty() || !scores.isResolvable()) {
            return Map.of();
        }
        ScoreQuery query = new ScoreQuery(ids, season.collectFrom(), season.collectTo(), season.questionnaireVersions());
        return shops ? scores.get().shops(query) : scores.get().advisors(query);
    }

    private boolean groupActive(String tenantId) {
        return tenants.isResolvable() && tenants.get().standing(tenantId).map(TenantStanding::active).orElse(false);
    }

    /** The shops the caller may see by name (a shop manager: theirs), inside a transaction. */
    @Transactional
    public Set<String> ownShopIds(org.dealerplatform.core.shops.ShopCatalog catalog) {
        return catalog.visibleShops().stream().map(ShopProfile::id).collect(Collectors.toSet());
    }
}
