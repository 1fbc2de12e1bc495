package org.dealerplatform.survey.rollup;

import org.dealerplatform.core.persistence.NativeSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.dealerplatform.survey.collection.SurveyResponse;
import org.dealerplatform.survey.questionnaire.Dimension;
import org.dealerplatform.survey.scoring.Nps;
import org.dealerplatform.survey.screening.SampleStatus;

/**
 * Keeps {@code score_rollup} in step with the samples: every sample counts in its shop's row
 * (advisor {@value #WHOLE_SHOP}) and in its advisor's row. {@link #count} and {@link #uncount} run on
 * the sample's own EntityManager, inside the sample's transaction: a sample and its contribution
 * to the scores commit together or not at all. One statement per sample touches two rows, the
 * shop's always first, so concurrent samples only queue briefly on a busy shop's month row and
 * never lock in opposite orders.
 */
@ApplicationScoped
public class Rollups {

    /** Column list shared by the upsert and the rebuild. */
    private static final String COLUMNS = "tenant_id, shop_id, advisor_id, month, brand_code, province_code,"
            + " valid_count, overall_sum, overall_sq_sum, advisor_sum, advisor_n, time_sum, time_n, quality_sum, quality_n,"
            + " price_sum, price_n, facilities_sum, facilities_n, nps_n, nps_promoters, nps_detractors,"
            + " suspect_count, invalid_count";

    /** The shop-level row of every sample ({@value #WHOLE_SHOP}). */
    public static final String WHOLE_SHOP = "*";

    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Two rows, one statement: the shop's row and its advisor's ('' when none was chosen). */
    private static final String UPSERT = "insert into score_rollup (" + COLUMNS + ") values " + ROW + ", " + ROW
            + " on duplicate key update"
            + " valid_count = valid_count + values(valid_count), overall_sum = overall_sum + values(overall_sum),"
            + " overall_sq_sum = overall_sq_sum + values(overall_sq_sum),"
            + " advisor_sum = advisor_sum + values(advisor_sum), advisor_n = advisor_n + values(advisor_n),"
            + " time_sum = time_sum + values(time_sum), time_n = time_n + values(time_n),"
            + " quality_sum = quality_sum + values(quality_sum), quality_n = quality_n + values(quality_n),"
            + " price_sum = price_sum + values(price_sum), price_n = price_n + values(price_n),"
            + " facilities_sum = facilities_sum + values(facilities_sum),"
            + " facilities_n = facilities_n + values(facilities_n), nps_n = nps_n + values(nps_n),"
            + " nps_promoters = nps_promoters + values(nps_promoters),"
            + " nps_detractors = nps_detractors + values(nps_detractors),"
            + " suspect_count = suspect_count + values(suspect_count),"
            + " invalid_count = invalid_count + values(invalid_count)";

    /**
     * The whole read model recomputed from survey_response. A cross-tenant statement on a tenant
     * table, on purpose: it rebuilds the cross-tenant read model and is open to the association only.
     */
    public static final String REBUILD = "insert into score_rollup (" + COLUMNS + ")"
            + rebuildSelect("coalesce(advisor_id, '')") + " union all" + rebuildSelect("'" + WHOLE_SHOP + "'");

    private static String rebuildSelect(String advisorKey) {
        return " select tenant_id, shop_id, " + advisorKey + ", month, brand_code, province_code,"
                + " sum(status = 'VALID'), sum(if(status = 'VALID', score_overall, 0)),"
                + " sum(if(status = 'VALID', score_overall * score_overall, 0)),"
                + dimension("score_advisor") + dimension("score_time") + dimension("score_quality")
                + dimension("score_price") + dimension("score_facilities")
                + " sum(status = 'VALID' and nps is not null), sum(status = 'VALID' and nps >= 9),"
                + " sum(status = 'VALID' and nps <= 6), sum(status = 'SUSPECT'), sum(status = 'INVALID')"
                + " from survey_response group by tenant_id, shop_id, " + advisorKey + ", month, brand_code,"
                + " province_code";
    }

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    private static String dimension(String column) {
        return " sum(if(status = 'VALID' and " + column + " is not null, " + column + ", 0)),"
                + " sum(status = 'VALID' and " + column + " is not null),";
    }

    /** Adds the sample, with the status it has now, to its shop's month. */
    public void count(EntityManager em, String tenantId, SurveyResponse sample) {
        apply(em, tenantId, sample, sample.status(), 1);
    }

    /** Takes the sample out again as it was counted with {@code status} (before a review changed it). */
    public void uncount(EntityManager em, String tenantId, SurveyResponse sample, SampleStatus status) {
        apply(em, tenantId, sample, status, -1);
    }

    private static void apply(EntityManager em, String tenantId, SurveyResponse s, SampleStatus status, int sign) {
        var q = NativeSql.query(em, UPSERT);
        int next = bind(q, 1, tenantId, s, WHOLE_SHOP, status, sign);
        bind(q, next, tenantId, s, s.advisorId() == null ? "" : s.advisorId(), status, sign);
        q.executeUpdate();
    }

    private static int bind(jakarta.persistence.Query q, int first, String tenantId, SurveyResponse s, String advisorKey,
                            SampleStatus status, int sign) {
        boolean valid = status == SampleStatus.VALID;
        int i = first;
        q.setParameter(i++, tenantId).setParameter(i++, s.shopId())
                .setParameter(i++, advisorKey).setParameter(i++, s.month())
                .setParameter(i++, s.brandCode()).setParameter(i++, s.provinceCode())
                .setParameter(i++, valid ? sign : 0).setParameter(i++, valid ? sign * s.overall() : 0.0)
                .setParameter(i++, valid ? sign * s.overall() * s.overall() : 0.0);
        for (Dimension d : Dimension.values()) {
            Double score = valid ? s.dimensionScores().get(d) : null;
            q.setParameter(i++, score == null ? 0.0 : sign * score).setParameter(i++, score == null ? 0 : sign);
        }
        Integer r = valid ? s.recommend() : null;
        q.setParameter(i++, r == null ? 0 : sign)
                .setParameter(i++, r != null && Nps.promoter(r) ? sign : 0)
                .setParameter(i++, r != null && Nps.detractor(r) ? sign : 0)
                .setParameter(i++, status == SampleStatus.SUSPECT ? sign : 0)
                .setParameter(i++, status == SampleStatus.INVALID ? sign : 0);
        return i;
    }

    /**
     * Throws the read model away and recomputes it from every stored sample, in one transaction.
     * Run it when submissions are quiet (samples arriving meanwhile wait for it on their rollup row).
     * Returns the number of rollup rows written.
     */
    @Transactional
    public int rebuild() {
        NativeSql.query(platform, "delete from score_rollup").executeUpdate();
        return NativeSql.query(platform, REBUILD).executeUpdate();
    }
}
