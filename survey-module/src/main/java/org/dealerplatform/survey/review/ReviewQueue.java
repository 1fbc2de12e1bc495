package org.dealerplatform.survey.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
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
 * The association's review of SUSPECT samples. A decision changes the sample (in its group's data,
 * opened explicitly for that one tenant), moves it in the rollup, and records who, when and why
 * in the queue, all in one transaction. Two reviewers deciding at once: the second gets 409.
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

    @Transactional
    public ScreeningCase decide(String responseId, boolean accept, String note) {
        ScreeningCase screening = responseId == null ? null : em.find(ScreeningCase.class, responseId);
        if (screening == null) {
            throw new NotFound("screened sample");
        }
        Instant now = Instant.now(clock);
        screening.decide(accept, callers.required().username(), note, now);
        EntityManager tenantData = transaction.entityManagerFor(screening.tenantId());
        SurveyResponse sample = tenantData.find(SurveyResponse.class, responseId);
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
}
