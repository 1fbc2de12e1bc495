package org.dealerplatform.survey.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.dealerplatform.core.caching.SharedCaches;
import org.dealerplatform.core.caching.ShortLived;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.audit.Changes;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.persistence.Conflicts;
import org.dealerplatform.core.security.CallerContext;

/**
 * The questionnaire versions. The current version is the highest published one; the national
 * version 1 is published by the module's migration V2. Published versions never change, so
 * they are cached for good; only "which one is current" is asked of the database.
 */
@ApplicationScoped
public class Questionnaires {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    private final Map<Integer, Questionnaire> published = new ConcurrentHashMap<>();

    /** Which version is current, remembered briefly: every survey page and answer asks. */
    private final ShortLived<String, Integer> current = new ShortLived<>(Duration.ofSeconds(10));

    @Inject
    SharedCaches caches;

    @Inject
    Event<Published> publications;

    /** Fired inside the publishing transaction; every node forgets the current version once it commits. */
    record Published(int version) {
    }

    @PostConstruct
    void share() {
        caches.register(SharedCaches.QUESTIONNAIRES, current);
    }

    /**
     * The highest published version. Remembered for ten seconds; a publication is seen on every
     * node at once ({@link SharedCaches}; answers keep whichever version they were given).
     */
    @Transactional
    public Questionnaire current() {
        // migration V2 publishes the national version 1, so there always is a current version
        int version = current.get("current", k -> em.createQuery("select max(q.versionNo) from QuestionnaireVersion q"
                        + " where q.status = :published", Integer.class)
                .setParameter("published", QuestionnaireVersion.Status.PUBLISHED).getResultStream()
                .filter(v -> v != null).findFirst())
                .orElseThrow(() -> new IllegalStateException("no published questionnaire"));
        return published(version).orElseThrow();
    }

    /** A published version, for answers that name the version they answered. */
    public Optional<Questionnaire> published(int version) {
        Questionnaire known = published.get(version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Questionnaire> found = em.createQuery("select q from QuestionnaireVersion q where q.versionNo = :v"
                        + " and q.status = :published", QuestionnaireVersion.class)
                .setParameter("v", version).setParameter("published", QuestionnaireVersion.Status.PUBLISHED)
                .getResultStream().findFirst().map(QuestionnaireVersion::content);
        found.ifPresent(q -> published.put(version, q));
        return found;
    }

    public List<QuestionnaireVersion> all() {
        return em.createQuery("select q from QuestionnaireVersion q order by q.versionNo desc", QuestionnaireVersion.class)
                .getResultList();
    }

    public QuestionnaireVersion byId(String id) {
        QuestionnaireVersion version = id == null ? null : em.find(QuestionnaireVersion.class, id);
        if (version == null) {
            throw new NotFound("questionnaire version");
        }
        return version;
    }

    /** A new draft, numbered after every existing version. */
    @Transactional
    public QuestionnaireVersion draft(java.util.function.IntFunction<Questionnaire> content) {
        int next = em.createQuery("select coalesce(max(q.versionNo), 0) from QuestionnaireVersion q", Integer.class)
                .getSingleResult() + 1;
        QuestionnaireVersion version = new QuestionnaireVersion(next, content.apply(next), Instant.now(clock));
        em.persist(version);
        flushOrConflict();
        audit.record("questionnaire.drafted", "questionnaire", version.id(), outline(version), null);
        return version;
    }

    @Transactional
    public QuestionnaireVersion redefine(String id, java.util.function.IntFunction<Questionnaire> content) {
        QuestionnaireVersion version = byId(id);
        Questionnaire before = version.content();
        version.redefine(content.apply(version.versionNo()), Instant.now(clock));
        Questionnaire after = version.content();
        audit.record("questionnaire.changed", "questionnaire", version.id(), "version " + version.versionNo() + " · "
                + Changes.of().field("title", before.title(), after.title())
                        .field("items", before.items().size(), after.items().size())
                        .field("weights", weights(before), weights(after)), null);
        return version;
    }

    @Transactional
    public QuestionnaireVersion publish(String id) {
        QuestionnaireVersion version = byId(id);
        version.publish(callers.required().username(), Instant.now(clock));
        publications.fire(new Published(version.versionNo()));
        audit.record("questionnaire.published", "questionnaire", version.id(), outline(version), null);
        return version;
    }

    void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) Published publication) {
        caches.changed(SharedCaches.QUESTIONNAIRES);
    }

    /** "version 3: 11 items, weights ADVISOR 30 %, TIME 20 %, …" for the audit trail. */
    private static String outline(QuestionnaireVersion version) {
        Questionnaire content = version.content();
        return "version " + version.versionNo() + ": " + content.items().size() + " items, weights " + weights(content);
    }

    private static String weights(Questionnaire content) {
        java.util.StringJoiner weights = new java.util.StringJoiner(", ");
        content.weights().forEach((dimension, weight) -> weights.add(dimension + " "
                + java.math.BigDecimal.valueOf(weight * 100).setScale(1, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString() + " %"));
        return weights.toString();
    }

    private void flushOrConflict() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            throw new Conflict(null, "another version was created at the same time; try again");
        }
    }
}
