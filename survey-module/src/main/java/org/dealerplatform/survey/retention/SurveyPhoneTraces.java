package org.dealerplatform.survey.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.core.privacy.PhoneTraces;
import org.dealerplatform.survey.collection.SurveySecrets;
import org.dealerplatform.survey.module.SurveysModule;
import org.dealerplatform.survey.review.CaseGrouping;

/**
 * Erases one number's screening traces: its hash is keyed per dealer group, so it is computed for
 * every group that has samples, then cleared from the samples (with the request hash that bound it)
 * and the review causes of the shops that saw it. The survey page only ever took mobiles, so a
 * landline has no trace here.
 */
@ApplicationScoped
public class SurveyPhoneTraces implements PhoneTraces {

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    @Inject
    SurveySecrets secrets;

    @Override
    public String module() {
        return SurveysModule.ID;
    }

    /** The hash the survey page stores for this number in this group ({@code SampleStore}). */
    public static Optional<String> phoneHash(SurveySecrets secrets, String tenantId, PhoneNumber phone) {
        return phone.mobileDigits().map(digits -> secrets.hash(tenantId, "phone", digits));
    }

    @Override
    public long erase(PhoneNumber phone) {
        if (phone.mobileDigits().isEmpty()) {
            return 0;
        }
        long erased = 0;
        for (String tenantId : groupsWithSamples()) {
            String hash = phoneHash(secrets, tenantId, phone).orElseThrow();
            erased += forgetCauses(shopsThatSaw(tenantId, hash), hash);
            erased += NativeSql.query(platform, "update survey_response set " + HashSweep.clearing(TracedHash.PHONE)
                    + " where tenant_id = ? and phone_hash = ?")
                    .setParameter(1, tenantId).setParameter(2, hash).executeUpdate();
        }
        return erased;
    }

    /** Distinct on the leading column of an index: one index skip per group, not a table scan. */
    @SuppressWarnings("unchecked")
    private List<String> groupsWithSamples() {
        return ((List<Object>) NativeSql.query(platform, "select distinct tenant_id from survey_response")
                .getResultList()).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> shopsThatSaw(String tenantId, String hash) {
        return ((List<Object>) NativeSql.query(platform, "select distinct shop_id from survey_response"
                + " where tenant_id = ? and phone_hash = ?").setParameter(1, tenantId).setParameter(2, hash)
                .getResultList()).stream().map(String::valueOf).toList();
    }

    private int forgetCauses(List<String> shopIds, String hash) {
        if (shopIds.isEmpty()) {
            return 0;
        }
        var delete = NativeSql.query(platform, "delete from screening_cause where cause_key in ("
                + String.join(",", Collections.nCopies(shopIds.size(), "?")) + ")");
        for (int i = 0; i < shopIds.size(); i++) {
            delete.setParameter(i + 1, CaseGrouping.key(shopIds.get(i), TracedHash.PHONE.cause(), hash));
        }
        return delete.executeUpdate();
    }
}
