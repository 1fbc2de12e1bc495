package org.dealerplatform.competition.season;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.security.CallerContext;

/** The association's seasons: created, planned, given rules, and moved through their life cycle. */
@ApplicationScoped
public class Seasons {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CallerContext caller;

    @Inject
    Event<SeasonMoved> moved;

    @Transactional
    public Season create(String code, String name, Season.Schedule schedule, Set<Integer> versions, SeasonRules rules) {
        Instant now = Instant.now();
        if (byCode(code.strip()) != null) {
            throw new Conflict("code", "a season with this code exists");
        }
        Season season = new Season(code, name, schedule, versions, now);
        em.persist(season);
        em.persist(new RulesVersion(season.id(), 1, rules, null, who(), now));
        em.flush();
        audit.record("season.created", "season", season.id(), season.code() + " " + season.name() + "; collects "
                + season.collectFrom() + ".." + season.collectTo() + "; rules v1: " + rules.describe(), null);
        return season;
    }

    public List<Season> list() {
        return em.createQuery("select s from Season s order by s.collectFrom desc, s.code", Season.class)
                .getResultList();
    }

    public Season byId(String id) {
        return find(id).orElseThrow(() -> new NotFound("season"));
    }

    /** For callers that answer "no such season" themselves rather than with an exception. */
    public Optional<Season> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Season.class, id));
    }

    public Season byCode(String code) {
        return em.createQuery("select s from Season s where s.code = :code", Season.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    public RulesVersion rules(Season season) {
        return rulesVersion(season.id(), season.rulesVersion());
    }

    public RulesVersion rulesVersion(String seasonId, int number) {
        return em.createQuery("select r from RulesVersion r where r.seasonId = :s and r.number = :n", RulesVersion.class)
                .setParameter("s", seasonId).setParameter("n", number).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("rules version"));
    }

    public List<RulesVersion> rulesHistory(String seasonId) {
        return em.createQuery("select r from RulesVersion r where r.seasonId = :s order by r.number", RulesVersion.class)
                .setParameter("s", seasonId).getResultList();
    }

    @Transactional
    public Season replan(String id, String name, Season.Schedule schedule, Set<Integer> versions) {
        Season season = byId(id);
        String before = season.name() + " " + season.collectFrom() + ".." + season.collectTo();
        season.replan(name, schedule, versions, Instant.now());
        audit.record("season.replanned", "season", id, before + " → " + season.name() + " " + season.collectFrom()
                + ".." + season.collectTo() + ", versions " + season.questionnaireVersionList(), null);
        return season;
    }

    /**
     * New rules. A draft's version 1 is replaced; once enrolment has opened the change needs a
     * reason and becomes a new version (the old one stays, and frozen standings name theirs).
     * Closed seasons keep their rules: their snapshot was taken under them.
     */
    @Transactional
    public RulesVersion changeRules(String id, SeasonRules rules, String reason) {
        Season season = byId(id);
        RulesVersion current = rules(season);
        Instant now = Instant.now();
        if (current.rules().sameAs(rules)) {
            return current;
        }
        if (!season.status().rulesFixed()) {
            String before = current.rules().describe();
            current.replace(rules, who(), now);
            audit.record("season.rules-changed", "season", id, "v1: " + before + " → " + rules.describe(), null);
            return current;
        }
        if (season.status().standingsFrozen()) {
            throw new Conflict("rules", "a closed season keeps the rules its standings were frozen under");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "changing the rules after enrolment opened needs a reason");
        }
        String why = RuleViolation.requiredText("reason", reason, 500);
        RulesVersion next = new RulesVersion(id, current.number() + 1, rules, why, who(), now);
        em.persist(next);
        season.rulesChanged(next.number(), now);
        audit.record("season.rules-changed", "season", id, "v" + current.number() + " → v" + next.number() + ": "
                + rules.describe(), why);
        return next;
    }

    @Transactional
    public Season move(String id, SeasonStatus to, String reason) {
        Season season = byId(id);
        String why = reason == null || reason.isBlank() ? null : RuleViolation.requiredText("reason", reason, 500);
        SeasonStatus from = season.moveTo(to, why, Instant.now());
        moved.fire(new SeasonMoved(season, from, to, why));
        audit.record("season." + to.name().toLowerCase(), "season", id, from + " → " + to, why);
        return season;
    }

    @Transactional
    public Season closeOnSiteRound(String id) {
        Season season = byId(id);
        season.closeOnSiteRound(Instant.now());
        audit.record("onsite.closed", "season", id, "on-site round closed", null);
        return season;
    }

    private String who() {
        return caller.current().map(c -> c.username()).orElse("system");
    }
}
