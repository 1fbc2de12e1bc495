package org.dealerplatform.competition.awards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dealerplatform.competition.onsite.JudgingPanel;
import org.dealerplatform.competition.onsite.OnSiteRound;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonMoved;
import org.dealerplatform.competition.season.SeasonRules;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.competition.standings.Reason;
import org.dealerplatform.competition.standings.StandingRow;
import org.dealerplatform.competition.standings.Standings;
import org.dealerplatform.competition.standings.StandingsTable;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.directory.ShopDirectory;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.ranking.FairRanking;
import org.dealerplatform.core.shops.ShopProfile;

/**
 * Decides a season's awards in the transaction that makes it FINAL. Team contest: with an on-site
 * round, the finalists ordered by their team result ((1 − w) × adjusted survey score + w × on-site
 * score); without one, the frozen standings. Individual contest: the frozen advisor standings.
 * Places follow the standings' tie rule: equal published figures share a place, and everyone
 * whose place is within the number of awards is awarded.
 */
@ApplicationScoped
public class Awards {

    private static final Set<Reason> NOT_ENTERED = Set.of(Reason.NOT_APPROVED, Reason.REJECTED, Reason.WITHDRAWN);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Seasons seasons;

    @Inject
    Standings standings;

    @Inject
    OnSiteRound round;

    @Inject
    Instance<ShopDirectory> directory;

    @Inject
    AuditTrail audit;

    void onSeasonMoved(@Observes SeasonMoved moved) {
        if (moved.to() != SeasonStatus.FINAL) {
            return;
        }
        Season season = moved.season();
        if (!of(season.id()).isEmpty()) {
            throw new Conflict("to", "the awards of this season are already decided");
        }
        SeasonRules rules = seasons.rules(season).rules();
        StandingsTable teams = standings.frozen(season.id(), Contest.SHOPS)
                .orElseThrow(() -> new Conflict("to", "the season has no frozen standings"));
        StandingsTable advisors = standings.frozen(season.id(), Contest.ADVISORS).orElseThrow();
        Map<String, ShopProfile> shops = directory.isResolvable() ? directory.get()
                .shops(teams.rows().stream().map(StandingRow::shopId).toList()).stream()
                .collect(Collectors.toMap(ShopProfile::id, Function.identity())) : Map.of();
        Instant now = Instant.now();
        List<Award> awarded = new ArrayList<>();
        awarded.addAll(teamAwards(season, rules, teams, shops, now));
        for (StandingRow row : advisors.rows()) {
            if (row.inAwardPlaces(rules.awards())) {
                awarded.add(new Award(season.id(), Contest.ADVISORS, row.rank(), subject(row, shops), row.score(),
                        null, row.score(), now));
            }
        }
        awarded.forEach(em::persist);
        em.persist(figures(season.id(), teams, shops, now));
        audit.record("awards.decided", "season", season.id(), season.code() + ": "
                + awarded.stream().filter(a -> a.contest() == Contest.SHOPS).count() + " team and "
                + awarded.stream().filter(a -> a.contest() == Contest.ADVISORS).count() + " advisor awards", null);
    }

    private List<Award> teamAwards(Season season, SeasonRules rules, StandingsTable teams,
                                   Map<String, ShopProfile> shops, Instant now) {
        List<Award> awards = new ArrayList<>();
        if (!rules.hasOnSiteRound()) {
            for (StandingRow row : teams.rows()) {
                if (row.inAwardPlaces(rules.awards())) {
                    awards.add(new Award(season.id(), Contest.SHOPS, row.rank(), subject(row, shops), row.score(),
                            null, row.score(), now));
                }
            }
            return awards;
        }
        Map<String, StandingRow> byEntry = teams.rows().stream()
                .collect(Collectors.toMap(StandingRow::entryId, Function.identity(), (a, b) -> a));
        Map<String, Double> onSite = round.onSiteScores(season.id());
        record Result(StandingRow row, double onSite, double total) {
        }
        List<Result> results = new ArrayList<>();
        round.finalists(season.id()).forEach(f -> {
            StandingRow row = byEntry.get(f.entryId());
            Double o = onSite.get(f.entryId());
            if (row != null && row.score() != null && o != null) {
                results.add(new Result(row, o, FairRanking.published(JudgingPanel.teamResult(row.score(), o,
                        rules.onSiteWeight()))));
            }
        });
        results.sort(Comparator.comparingDouble(Result::total).reversed()
                .thenComparing(r -> -r.row().validSamples()).thenComparing(r -> r.row().entryId()));
        int place = 0;
        for (int i = 0; i < results.size(); i++) {
            if (i == 0 || results.get(i).total() != results.get(i - 1).total()) {
                place = i + 1;
            }
            if (place > rules.awards()) {
                break;
            }
            Result r = results.get(i);
            awards.add(new Award(season.id(), Contest.SHOPS, place, subject(r.row(), shops), r.row().score(),
                    FairRanking.published(r.onSite()), r.total(), now));
        }
        return awards;
    }

    private static Award.Subject subject(StandingRow row, Map<String, ShopProfile> shops) {
        ShopProfile shop = shops.get(row.shopId());
        return new Award.Subject(row.entryId(), row.subjectId(), row.tenant(), row.name(), row.shopName(),
                row.groupName(), shop == null ? row.brand() : shop.brandNameZh(),
                shop == null ? row.brand() : shop.brandNameEn(), row.province());
    }

    private static SeasonResult figures(String seasonId, StandingsTable teams, Map<String, ShopProfile> shops,
                                        Instant now) {
        long samples = 0;
        double sum = 0;
        Set<String> brands = new HashSet<>();
        Set<String> groups = new HashSet<>();
        int entered = 0;
        for (StandingRow row : teams.rows()) {
            if (row.reasons().stream().anyMatch(e -> NOT_ENTERED.contains(e.reason()))) {
                continue;
            }
            entered++;
            groups.add(row.tenant());
            ShopProfile shop = shops.get(row.shopId());
            brands.add(shop == null ? String.valueOf(row.brand()) : shop.brandCode());
            if (row.mean() != null) {
                samples += row.validSamples();
                sum += row.mean() * row.validSamples();
            }
        }
        return new SeasonResult(seasonId, samples, entered, brands.size(), groups.size(),
                samples == 0 ? null : FairRanking.published(sum / samples), now);
    }

    public List<Award> of(String seasonId) {
        return em.createQuery("select a from Award a where a.seasonId = :s order by a.contest, a.place, a.subjectName",
                Award.class).setParameter("s", seasonId).getResultList();
    }

    public SeasonResult figures(String seasonId) {
        return em.createQuery("select r from SeasonResult r where r.seasonId = :s", SeasonResult.class)
                .setParameter("s", seasonId).getResultStream().findFirst().orElse(null);
    }

    /** The award behind a certificate code, whatever its season's state; callers check publication. */
    public Award byCertificate(String code) {
        if (code == null || code.length() != 20) {
            return null;
        }
        return em.createQuery("select a from Award a where a.certificateCode = :c", Award.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }
}
