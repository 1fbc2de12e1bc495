package org.dealerplatform.competition.onsite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dealerplatform.competition.season.Season;
import org.dealerplatform.competition.season.SeasonMoved;
import org.dealerplatform.competition.season.SeasonRules;
import org.dealerplatform.competition.season.SeasonStatus;
import org.dealerplatform.competition.season.Seasons;
import org.dealerplatform.competition.standings.Contest;
import org.dealerplatform.competition.standings.StandingRow;
import org.dealerplatform.competition.standings.Standings;
import org.dealerplatform.competition.standings.StandingsTable;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.web.ApiException;

/**
 * Runs a season's on-site round. Finalists are seeded when the season closes (the top eligible
 * teams of the frozen standings); the association may change the list with a reason, assign
 * judges and set the rubric; judges score while the season is CLOSED and the round open.
 */
@ApplicationScoped
public class OnSiteRound {

    /** The rubric a season starts with; the association may replace it before scoring starts. */
    static final List<NewCriterion> DEFAULT_RUBRIC = List.of(
            new NewCriterion("process", "服务流程规范", "Service process", 0.4),
            new NewCriterion("skills", "专业技能", "Technical skills", 0.4),
            new NewCriterion("communication", "客户沟通", "Customer communication", 0.2));

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Seasons seasons;

    @Inject
    Standings standings;

    @Inject
    CallerContext caller;

    @Inject
    AuditTrail audit;

    /** Seeds finalists at close; forgets the round when a closed season is re-opened; guards FINAL. */
    void onSeasonMoved(@Observes SeasonMoved moved) {
        Season season = moved.season();
        SeasonRules rules = seasons.rules(season).rules();
        if (moved.to() == SeasonStatus.CLOSED && rules.hasOnSiteRound()) {
            seedFinalists(season, rules);
        } else if (moved.from() == SeasonStatus.CLOSED && moved.to() == SeasonStatus.COLLECTING) {
            int scores = em.createQuery("delete from JudgeScore s where s.seasonId = :s").setParameter("s", season.id())
                    .executeUpdate();
            int finalists = em.createQuery("delete from Finalist f where f.seasonId = :s")
                    .setParameter("s", season.id()).executeUpdate();
            if (finalists > 0) {
                audit.record("onsite.reset", "season", season.id(), finalists + " finalists and " + scores
                        + " judge scores cleared by re-opening", moved.reason());
            }
        } else if (moved.to() == SeasonStatus.FINAL && rules.hasOnSiteRound() && !season.onSiteRoundClosed()) {
            throw new Conflict("to", "close the on-site round before the results become final");
        }
    }

    private void seedFinalists(Season season, SeasonRules rules) {
        StandingsTable teams = standings.live(season, Contest.SHOPS);
        Instant now = Instant.now();
        int seeded = 0;
        for (StandingRow row : teams.rows()) {
            if (row.rank() != null && row.rank() <= rules.finalists()) {
                em.persist(new Finalist(season.id(), row.entryId(), row.rank(), "system", null, now));
                seeded++;
            }
        }
        if (criteria(season.id()).isEmpty()) {
            persistRubric(season.id(), DEFAULT_RUBRIC, now);
        }
        audit.record("onsite.seeded", "season", season.id(), seeded + " finalists from the frozen team standings",
                null);
    }

    public List<Finalist> finalists(String seasonId) {
        return em.createQuery("select f from Finalist f where f.seasonId = :s order by f.seedRank, f.createdAt",
                Finalist.class).setParameter("s", seasonId).getResultList();
    }

    public List<Judge> judges(String seasonId) {
        return em.createQuery("select j from Judge j where j.seasonId = :s order by j.username", Judge.class)
                .setParameter("s", seasonId).getResultList();
    }

    public List<Criterion> criteria(String seasonId) {
        return em.createQuery("select c from Criterion c where c.seasonId = :s order by c.position", Criterion.class)
                .setParameter("s", seasonId).getResultList();
    }

    public List<JudgeScore> scores(String seasonId) {
        return em.createQuery("select s from JudgeScore s where s.seasonId = :s order by s.entryId, s.judge",
                JudgeScore.class).setParameter("s", seasonId).getResultList();
    }

    /** Seasons a judge is assigned to. */
    public Set<String> seasonsOf(String username) {
        return em.createQuery("select j.seasonId from Judge j where j.username = :u", String.class)
                .setParameter("u", username).getResultStream().collect(Collectors.toSet());
    }

    @Transactional
    public Finalist addFinalist(String seasonId, String entryId, String reason) {
        Season season = openRound(seasonId);
        String why = RuleViolation.requiredText("reason", reason, 500);
        StandingRow row = standings.frozen(seasonId, Contest.SHOPS).orElseThrow(() -> new NotFound("standings"))
                .rows().stream().filter(r -> r.entryId().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFound("entry"));
        if (!row.eligible()) {
            throw new RuleViolation("entryId", "only an eligible team can become a finalist");
        }
        if (finalists(seasonId).stream().anyMatch(f -> f.entryId().equals(entryId))) {
            throw new Conflict("entryId", "this team is already a finalist");
        }
        Finalist finalist = new Finalist(seasonId, entryId, row.rank(), who(), why, Instant.now());
        em.persist(finalist);
        audit.record("onsite.finalist-added", "entry", entryId, season.code() + ": " + row.name(), why);
        return finalist;
    }

    @Transactional
    public void removeFinalist(String seasonId, String entryId, String reason) {
        Season season = openRound(seasonId);
        String why = RuleViolation.requiredText("reason", reason, 500);
        Finalist finalist = finalists(seasonId).stream().filter(f -> f.entryId().equals(entryId)).findFirst()
                .orElseThrow(() -> new NotFound("finalist"));
        em.createQuery("delete from JudgeScore s where s.seasonId = :s and s.entryId = :e")
                .setParameter("s", seasonId).setParameter("e", entryId).executeUpdate();
        em.remove(finalist);
        audit.record("onsite.finalist-removed", "entry", entryId, season.code(), why);
    }

    @Transactional
    public Judge assignJudge(String seasonId, String username) {
        Season season = openRound(seasonId);
        String name = RuleViolation.requiredText("username", username, 100);
        if (judges(seasonId).stream().anyMatch(j -> j.username().equals(name))) {
            throw new Conflict("username", "this judge is already assigned");
        }
        Judge judge = new Judge(seasonId, name, who(), Instant.now());
        em.persist(judge);
        audit.record("onsite.judge-assigned", "season", seasonId, season.code() + ": judge " + name, null);
        return judge;
    }

    @Transactional
    public void unassignJudge(String seasonId, String username) {
        Season season = openRound(seasonId);
        Judge judge = judges(seasonId).stream().filter(j -> j.username().equals(username)).findFirst()
                .orElseThrow(() -> new NotFound("judge"));
        if (scores(seasonId).stream().anyMatch(s -> s.judge().equals(username))) {
            throw new Conflict("username", "this judge has scored already; their scores stay part of the round");
        }
        em.remove(judge);
        audit.record("onsite.judge-unassigned", "season", seasonId, season.code() + ": judge " + username, null);
    }

    public record NewCriterion(String code, String labelZh, String labelEn, double weight) {
    }

    @Transactional
    public List<Criterion> setRubric(String seasonId, List<NewCriterion> rubric) {
        Season season = openRound(seasonId);
        JudgingPanel.checkWeights(rubric.stream().map(c -> new JudgingPanel.Weighted(c.code(), c.weight())).toList());
        if (!scores(seasonId).isEmpty()) {
            throw new Conflict("criteria", "judges have started scoring; the rubric is fixed");
        }
        criteria(seasonId).forEach(em::remove);
        em.flush();
        persistRubric(seasonId, rubric, Instant.now());
        audit.record("onsite.rubric-set", "season", seasonId, season.code() + ": " + rubric.stream()
                .map(c -> c.code() + " " + c.weight()).collect(Collectors.joining(", ")), null);
        return criteria(seasonId);
    }

    private void persistRubric(String seasonId, List<NewCriterion> rubric, Instant now) {
        int position = 0;
        for (NewCriterion c : rubric) {
            em.persist(new Criterion(seasonId, c.code(), c.labelZh(), c.labelEn(), c.weight(), position++, now));
        }
    }

    /**
     * A judge's scores for one finalist. Only a judge assigned to this season may score (403
     * otherwise, whatever the season); only finalists can be scored; scores can be revised until
     * the round closes.
     */
    @Transactional
    public JudgeScore score(String seasonId, String entryId, Map<String, Integer> scores) {
        String judge = caller.required().username();
        Season season = seasons.byId(seasonId);
        if (judges(seasonId).stream().noneMatch(j -> j.username().equals(judge))) {
            throw ApiException.forbidden("you are not a judge of this season");
        }
        if (season.status() != SeasonStatus.CLOSED || season.onSiteRoundClosed()) {
            throw new Conflict("status", "the on-site round is not open for scoring");
        }
        if (finalists(seasonId).stream().noneMatch(f -> f.entryId().equals(entryId))) {
            throw new NotFound("finalist");
        }
        List<JudgingPanel.Weighted> rubric = criteria(seasonId).stream()
                .map(c -> new JudgingPanel.Weighted(c.code(), c.weight())).toList();
        double total = JudgingPanel.total(scores, rubric);
        Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        rubric.forEach(c -> ordered.put(c.code(), scores.get(c.code())));
        JudgeScore existing = scores(seasonId).stream()
                .filter(s -> s.entryId().equals(entryId) && s.judge().equals(judge)).findFirst().orElse(null);
        Instant now = Instant.now();
        if (existing == null) {
            existing = new JudgeScore(seasonId, entryId, judge, ordered, total, now);
            em.persist(existing);
        } else {
            existing.rescore(ordered, total, now);
        }
        audit.record("onsite.scored", "entry", entryId, season.code() + ": " + ordered + " → "
                + Math.round(total * 100) / 100.0, null);
        return existing;
    }

    /** Closes scoring: every assigned judge must have scored every finalist. */
    @Transactional
    public Season close(String seasonId) {
        Season season = openRound(seasonId);
        List<Judge> judges = judges(seasonId);
        List<Finalist> finalists = finalists(seasonId);
        if (judges.isEmpty() || finalists.isEmpty()) {
            throw new Conflict("onsite", "assign judges and finalists before closing the round");
        }
        long expected = (long) judges.size() * finalists.size();
        long given = scores(seasonId).size();
        if (given < expected) {
            throw new Conflict("onsite", (expected - given) + " of " + expected + " judge scores are still missing");
        }
        return seasons.closeOnSiteRound(seasonId);
    }

    /** Each finalist's on-site score (trimmed mean of its judges' totals). */
    public Map<String, Double> onSiteScores(String seasonId) {
        Map<String, List<Double>> totals = new HashMap<>();
        for (JudgeScore s : scores(seasonId)) {
            totals.computeIfAbsent(s.entryId(), k -> new java.util.ArrayList<>()).add(s.total());
        }
        Map<String, Double> result = new HashMap<>();
        totals.forEach((entry, list) -> result.put(entry, JudgingPanel.onSiteScore(list)));
        return result;
    }

    private Season openRound(String seasonId) {
        Season season = seasons.byId(seasonId);
        if (!seasons.rules(season).rules().hasOnSiteRound()) {
            throw new Conflict("onsite", "this season has no on-site round");
        }
        if (season.status() != SeasonStatus.CLOSED || season.onSiteRoundClosed()) {
            throw new Conflict("status", "the on-site round can be prepared only while the season is CLOSED"
                    + " and the round is open");
        }
        return season;
    }

    private String who() {
        return caller.current().map(c -> c.username()).orElse("system");
    }
}
