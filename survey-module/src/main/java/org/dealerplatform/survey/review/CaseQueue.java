package org.dealerplatform.survey.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.audit.Changes;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.survey.collection.SurveyResponse;
import org.dealerplatform.survey.rollup.Rollups;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * The association's queue of review cases: listed with a preview of their samples, opened with all
 * of them, and decided at once. A decision settles every open sample of the case with one reason
 * in one transaction: each sample is moved in the rollups ({@link Rollups#move}), keeps its own
 * trail entry, and the case gets one entry with the count. A second decision is 409.
 * Locks in the order {@link ReviewCases} describes: the case, its samples, the rollup rows in
 * ascending month.
 */
@ApplicationScoped
public class CaseQueue {

    /** Sample ids shown with each case of a list. */
    public static final int PREVIEW = 10;

    /** Samples read (and locked) per statement when a large case is decided. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    TenantTransaction transaction;

    @Inject
    Rollups rollups;

    @Inject
    CallerContext callers;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.inject.Instance<org.dealerplatform.core.directory.ShopDirectory> directories;

    Clock clock = Clock.systemUTC();

    /** A case with the first of its samples (ids, oldest first). */
    public record Listed(ReviewCase reviewCase, List<String> sampleIds) {
    }

    /** Open cases oldest first; decided ones latest decision first. */
    @Transactional
    public Page<Listed> list(CaseFilter filter, PageRequest page) {
        String order = filter.state() == ReviewCase.State.OPEN ? " order by c.firstAt, c.id"
                : " order by c.decidedAt desc, c.id";
        var rows = em.createQuery("select c from ReviewCase c where " + filter.where() + order, ReviewCase.class);
        var count = em.createQuery("select count(c) from ReviewCase c where " + filter.where(), Long.class);
        filter.bind(rows);
        filter.bind(count);
        List<ReviewCase> cases = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        List<Listed> listed = new ArrayList<>();
        for (ReviewCase c : cases) {
            listed.add(new Listed(c, sampleIds(c.id(), filter.state() == ReviewCase.State.OPEN, PREVIEW)));
        }
        return new Page<>(listed, count.getSingleResult());
    }

    /** The shops and groups that have open cases, for the console's filters (shop id → name). */
    @Transactional
    public Map<String, String> shopsWithOpenCases() {
        Map<String, String> shops = new LinkedHashMap<>();
        em.createQuery("select distinct c.shopId, c.shopName from ReviewCase c where c.state = :open"
                        + " order by c.shopName", Object[].class).setParameter("open", ReviewCase.State.OPEN)
                .setMaxResults(500).getResultList().forEach(r -> shops.put((String) r[0], (String) r[1]));
        return shops;
    }

    @Transactional
    public ReviewCase find(String caseId) {
        ReviewCase found = caseId == null ? null : em.find(ReviewCase.class, caseId);
        if (found == null) {
            throw new NotFound("review case");
        }
        return found;
    }

    /** One page of a case's samples, oldest first: the open ones only, or all. */
    @Transactional
    public Page<ScreeningCase> samples(String caseId, boolean openOnly, PageRequest page) {
        find(caseId);
        String where = " where s.caseId = :case" + (openOnly ? " and s.state = :open" : "");
        var rows = em.createQuery("select s from ScreeningCase s" + where + " order by s.submittedAt, s.responseId",
                ScreeningCase.class).setParameter("case", caseId);
        var count = em.createQuery("select count(s) from ScreeningCase s" + where, Long.class)
                .setParameter("case", caseId);
        if (openOnly) {
            rows.setParameter("open", ScreeningCase.State.OPEN);
            count.setParameter("open", ScreeningCase.State.OPEN);
        }
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** The first open samples of each case, for the console's list (case id → samples, oldest first). */
    @Transactional
    public Map<String, List<ScreeningCase>> openSamples(List<String> caseIds, int perCase) {
        Map<String, List<ScreeningCase>> samples = new HashMap<>();
        for (String caseId : caseIds) {
            samples.put(caseId, em.createQuery("select s from ScreeningCase s where s.caseId = :case and s.state = :open"
                            + " order by s.submittedAt, s.responseId", ScreeningCase.class).setParameter("case", caseId)
                    .setParameter("open", ScreeningCase.State.OPEN).setMaxResults(perCase).getResultList());
        }
        return samples;
    }

    /** Dealer group names by tenant id, for the console's filter (empty without the tenant module). */
    @Transactional
    public Map<String, String> groupNames() {
        return directories.isResolvable() ? new java.util.TreeMap<>(directories.get().groupNames()) : Map.of();
    }

    private List<String> sampleIds(String caseId, boolean openOnly, int most) {
        var query = em.createQuery("select s.responseId from ScreeningCase s where s.caseId = :case"
                + (openOnly ? " and s.state = :open" : "") + " order by s.submittedAt, s.responseId", String.class)
                .setParameter("case", caseId);
        if (openOnly) {
            query.setParameter("open", ScreeningCase.State.OPEN);
        }
        return query.setMaxResults(most).getResultList();
    }

    /** Decides every open sample of the case with one reason; returns the case, now decided. */
    @Transactional
    public ReviewCase decide(String caseId, boolean accept, String note) {
        // the case first, locked: joining samples and single decisions queue behind it
        ReviewCase reviewCase = caseId == null ? null : em.find(ReviewCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        if (reviewCase == null) {
            throw new NotFound("review case");
        }
        Instant now = Instant.now(clock);
        String by = callers.required().username();
        int open = reviewCase.decide(accept, by, note, now);
        List<ScreeningCase> members = em.createQuery("select s from ScreeningCase s where s.caseId = :case"
                        + " and s.state = :open", ScreeningCase.class).setParameter("case", caseId)
                .setParameter("open", ScreeningCase.State.OPEN).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (members.size() != open) {
            throw new IllegalStateException("case " + caseId + " counts " + open + " open samples, found "
                    + members.size());
        }
        EntityManager tenantData = transaction.entityManagerFor(reviewCase.tenantId());
        Map<String, SurveyResponse> samples = lockedSamples(tenantData, members.stream()
                .map(ScreeningCase::responseId).toList());
        List<ScreeningCase> ordered = new ArrayList<>(members);
        ordered.sort(Comparator.comparing((ScreeningCase m) -> samples.get(m.responseId()).month())
                .thenComparing(ScreeningCase::responseId));
        String verb = accept ? "accepted" : "rejected";
        for (ScreeningCase member : ordered) {
            SurveyResponse sample = samples.get(member.responseId());
            member.decide(accept, by, note, now);
            sample.settle(accept, now);
            rollups.move(tenantData, reviewCase.tenantId(), sample, SampleStatus.SUSPECT, reviewCase.decisionNote());
            audit.recordFor(reviewCase.tenantId(), "review.decided", "sample", sample.id(), verb + " · "
                    + Changes.of().field("status", SampleStatus.SUSPECT, sample.status()) + " · "
                    + reviewCase.shopName() + " · " + member.reasons() + " · case " + reviewCase.id(),
                    reviewCase.decisionNote());
        }
        audit.recordFor(reviewCase.tenantId(), "review.case-decided", "review-case", reviewCase.id(), verb + " "
                + open + " samples · " + (reviewCase.cause() == null ? "no shared cause" : reviewCase.cause().name())
                + " · " + reviewCase.shopName() + " · " + reviewCase.reasons(), reviewCase.decisionNote());
        em.flush();
        return reviewCase;
    }

    /** The samples, read with a lock (the current rows), a chunk per statement; the tenant filter applies. */
    private static Map<String, SurveyResponse> lockedSamples(EntityManager tenantData, List<String> ids) {
        Map<String, SurveyResponse> samples = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            tenantData.createQuery("select r from SurveyResponse r where r.id in :ids", SurveyResponse.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                    .forEach(r -> samples.put(r.id(), r));
        }
        if (samples.size() != ids.size()) {
            throw new IllegalStateException("a review case names samples its group does not have");
        }
        return samples;
    }
}
