package org.dealerplatform.survey.alerting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.AlertSamples;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.survey.questionnaire.Questionnaires;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * The survey module's {@link AlertSamples}. A sample's {@code updated_at} is its status-change
 * time: it is set when the sample is stored and moved only by a status change (review's
 * {@code settle}, screening's {@code flagAlong}). Native SQL across tenants, like the other
 * published reads: the worker asking has no tenant, and every row carries its {@code tenant_id}.
 * {@code ix_survey_response_changed (updated_at)} (migration V6) bounds the range.
 */
@ApplicationScoped
public class PublishedAlertSamples implements AlertSamples {

    static final String VALID_AFTER = "select id, tenant_id, shop_id, questionnaire_version, answers, nps,"
            + " score_overall, submitted_at, updated_at, complaint from survey_response"
            + " where updated_at >= ? and (updated_at > ? or id > ?) and status = ?"
            + " order by updated_at, id limit ?";

    static final String NOT_COUNTING_AFTER = "select id, tenant_id, updated_at from survey_response"
            + " where updated_at >= ? and (updated_at > ? or id > ?) and status <> ?"
            + " order by updated_at, id limit ?";

    static final String SUBMITTED = "select id, tenant_id, shop_id, questionnaire_version, answers, nps,"
            + " score_overall, submitted_at, link_token, complaint from survey_response where id = ?";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Questionnaires questionnaires;

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<ValidSample> validAfter(Position after, int limit) {
        if (limit < 1 || limit > MOST_PER_READ) {
            throw new IllegalArgumentException("limit is 1 to " + MOST_PER_READ);
        }
        Timestamp at = Timestamp.from(after.changedAt());
        List<Object[]> rows = NativeSql.query(em, VALID_AFTER).setParameter(1, at).setParameter(2, at)
                .setParameter(3, after.sampleId()).setParameter(4, SampleStatus.VALID.name())
                .setParameter(5, limit).getResultList();
        return rows.stream().map(this::sample).toList();
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public List<StoppedCounting> notCountingAfter(Position after, int limit) {
        if (limit < 1 || limit > MOST_PER_READ) {
            throw new IllegalArgumentException("limit is 1 to " + MOST_PER_READ);
        }
        Timestamp at = Timestamp.from(after.changedAt());
        List<Object[]> rows = NativeSql.query(em, NOT_COUNTING_AFTER).setParameter(1, at).setParameter(2, at)
                .setParameter(3, after.sampleId()).setParameter(4, SampleStatus.VALID.name())
                .setParameter(5, limit).getResultList();
        return rows.stream().map(r -> new StoppedCounting((String) r[0], (String) r[1], InstantColumn.read(r[2])))
                .toList();
    }

    @Override
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<SubmittedSample> submitted(String sampleId) {
        List<Object[]> rows = NativeSql.query(em, SUBMITTED).setParameter(1, sampleId).getResultList();
        return rows.stream().findFirst().map(row -> new SubmittedSample((String) row[0], (String) row[1],
                (String) row[2], (String) row[8], InstantColumn.read(row[7]), answers(row)));
    }

    private ValidSample sample(Object[] row) {
        return new ValidSample((String) row[0], (String) row[1], (String) row[2], InstantColumn.read(row[7]),
                InstantColumn.read(row[8]), answers(row));
    }

    /** Columns 3 to 6 of both reads (questionnaire version, answers, recommendation, overall score) and 9 (complaint). */
    private AlertAnswers answers(Object[] row) {
        int version = ((Number) row[3]).intValue();
        var answered = questionnaires.published(version).orElseThrow(
                () -> new IllegalStateException("sample " + row[0] + " answers unpublished questionnaire " + version));
        Integer recommend = row[5] == null ? null : ((Number) row[5]).intValue();
        boolean complaint = row[9] instanceof Boolean b ? b : ((Number) row[9]).intValue() != 0;
        return AlertAnswersOf.of(answered, (String) row[4], recommend, ((Number) row[6]).doubleValue(), complaint);
    }
}
