package org.dealerplatform.survey.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.audit.Changes;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.security.CallerContext;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.survey.collection.SurveyResponse;
import org.dealerplatform.survey.rollup.Rollups;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * The association's review of SUSPECT samples one by one (cases of several samples are decided at
 * once in {@link CaseQueue}). A decision changes the sample (in its group's data, opened explicitly
 * for that one tenant), moves it in the rollup, and records who, when and why in the queue, all in
 * one transaction. Two reviewers deciding at once: the second gets 409.
 */
@ApplicationScoped
public class ReviewQueue {

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

    Clock clock = Clock.systemUTC();

    @Transactional
    public Page<ScreeningCase> list(ScreeningCase.State state, PageRequest page) {
        var query = em.createQuery("select c from ScreeningCase c where c.state = :state order by c.submittedAt"
                + (state == ScreeningCase.State.OPEN ? "" : " desc"), ScreeningCase.class).setParameter("state", state);
        long total = em.createQuery("select count(c) from ScreeningCase c where c.state = :state", Long.class)
                .setParameter("state", state).getSingleResult();
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), total);
    }

    public long openCount() {
        return em.createQuery("select count(c) from ScreeningCase c where c.state = :state", Long.class)
                .setParameter("state", ScreeningCase.State.OPEN).getSingleResult();
    }

    /**
     * Decides one sample on its own (a member of a larger case stays in it; the case is decided
     * once its last open sample is). Locks the case before the sample, as every decision and
     * submission does (see {@link ReviewCases}).
     */
    @Transactional
    public ScreeningCase decide(String responseId, boolean accept, String note) {
        List<Object[]> found = responseId == null ? List.of() : em.createQuery("select s.responseId, s.caseId"
                + " from ScreeningCase s where s.responseId = :id", Object[].class).setParameter("id", responseId)
                .getResultList();
        if (found.isEmpty()) {
            throw new NotFound("screened sample");
        }
        String caseId = (String) found.get(0)[1];
        ReviewCase reviewCase = caseId == null ? null : em.find(ReviewCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
        ScreeningCase screening = em.find(ScreeningCase.class, responseId, LockModeType.PESSIMISTIC_WRITE);
        if (screening == null) {
            throw new NotFound("screened sample");
        }
        Instant now = Instant.now(clock);
        String by = callers.required().username();
        screening.decide(accept, by, note, now);
        if (reviewCase != null) {
            reviewCase.memberDecided(accept, by, now);
        }
        EntityManager tenantData = transaction.entityManagerFor(screening.tenantId());
        SurveyResponse sample = tenantData.find(SurveyResponse.class, responseId, LockModeType.PESSIMISTIC_WRITE);
        if (sample == null) {
            throw new NotFound("screened sample");
        }
        sample.settle(accept, now);
        rollups.move(tenantData, screening.tenantId(), sample, SampleStatus.SUSPECT, screening.decisionNote());
        audit.recordFor(screening.tenantId(), "review.decided", "sample", responseId, (accept ? "accepted" : "rejected")
                + " · " + Changes.of().field("status", SampleStatus.SUSPECT, sample.status()) + " · "
                + screening.shopName() + " · " + screening.reasons(), screening.decisionNote());
        em.flush();
        return screening;
    }

    /** A sample as the association reviews it: the sample, and its screening record when it has one. */
    public record Reviewed(SurveyResponse sample, String tenantId, ScreeningCase screening) {
    }

    /**
     * Any sample by its id, for the association. Its dealer group is looked up by the id alone: a
     * cross-tenant native read of one column by primary key, on purpose (the association belongs to
     * no group, and nothing of the sample is read this way). The sample itself is then read through
     * that group's EntityManager, with the tenant filter. Unknown ids are 404.
     */
    @Transactional
    public Reviewed sample(String responseId) {
        List<?> tenants = responseId == null || responseId.length() > 36 ? List.of()
                : NativeSql.query(em, "select tenant_id from survey_response where id = ?")
                .setParameter(1, responseId).getResultList();
        if (tenants.isEmpty()) {
            throw new NotFound("sample");
        }
        String tenantId = (String) tenants.get(0);
        SurveyResponse sample = transaction.entityManagerFor(tenantId).find(SurveyResponse.class, responseId);
        if (sample == null) {
            throw new NotFound("sample");
        }
        return new Reviewed(sample, tenantId, em.find(ScreeningCase.class, responseId));
    }
}
