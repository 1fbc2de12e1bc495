package org.dealerplatform.survey.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.caching.ShortLived;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.survey.scores.Period;
import org.dealerplatform.survey.screening.SampleStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gathers a shop's evidence for a period of whole months: its samples (through the shop's tenant
 * EntityManager) and the national counts, then {@link Evidence} does the arithmetic.
 */
@ApplicationScoped
public class ShopEvidence {

    /** Sample ids listed per figure, at most. */
    static final int ID_LIMIT = 500;

    /**
     * The national counts: a cross-tenant aggregate over survey_response on purpose (like the rollup
     * rebuild): counts only, no row leaves it. The perfect-score count is in no read model, so this
     * scans the period's samples; remembered for ten minutes per period.
     */
    static final String NATIONAL = "select count(*), coalesce(sum(case when status <> 'VALID' then 1 else 0 end), 0),"
            + " coalesce(sum(case when score_overall >= " + Evidence.PERFECT + " then 1 else 0 end), 0)"
            + " from survey_response where month >= ? and month <= ?";

    @PersistenceContext(unitName = "platform")
    EntityManager platform;

    @Inject
    TenantTransaction transaction;

    @Inject
    EvidenceShops shops;

    @Inject
    @ConfigProperty(name = "SURVEY_EVIDENCE_CLUSTER_SIZE", defaultValue = "3")
    int clusterSize;

    @Inject
    @ConfigProperty(name = "SURVEY_EVIDENCE_CLUSTER_MINUTES", defaultValue = "10")
    int clusterMinutes;

    /**
     * How long the national baseline is reused: it reads every sample of twelve months, and a
     * baseline some minutes old compares a shop as well as a fresh one.
     */
    @Inject
    @ConfigProperty(name = "SURVEY_EVIDENCE_NATIONAL_SECONDS", defaultValue = "600")
    int nationalSeconds;

    private ShortLived<Period, Evidence.National> nationals;

    @PostConstruct
    void createCache() {
        nationals = new ShortLived<>(Duration.ofSeconds(nationalSeconds), 1_000, Clock.systemUTC());
    }

    public record Report(String shopId, String shopCode, String shopName, String tenant, String from, String to,
                         Evidence.Figures figures) {
    }

    @Transactional
    public Report of(String shopId, Period period) {
        ShopProfile shop = shops.shop(shopId);
        EntityManager em = transaction.entityManagerFor(shop.tenantId());
        List<Evidence.Sample> samples = em.createQuery("select r.id, r.submittedAt, r.addressHash, r.status, r.overall,"
                        + " r.fromShopNetwork from SurveyResponse r where r.shopId = :shop and r.month >= :from"
                        + " and r.month <= :to", Object[].class)
                .setParameter("shop", shop.id()).setParameter("from", period.fromText())
                .setParameter("to", period.toText()).getResultStream()
                .map(r -> new Evidence.Sample((String) r[0], (java.time.Instant) r[1], (String) r[2],
                        (SampleStatus) r[3], ((Number) r[4]).doubleValue(), Boolean.TRUE.equals(r[5])))
                .toList();
        boolean registered = !em.createQuery("select n.id from ShopNetwork n where n.shopId = :shop and n.cidrs <> ''",
                String.class).setParameter("shop", shop.id()).getResultList().isEmpty();
        Evidence.National national = nationals.get(period, p -> Optional.of(national(p))).orElseThrow();
        return new Report(shop.id(), shop.code(), shop.name(), shop.tenantId(), period.fromText(), period.toText(),
                Evidence.of(samples, national, registered, clusterSize, Duration.ofMinutes(clusterMinutes), ID_LIMIT));
    }

    private Evidence.National national(Period period) {
        Object[] row = (Object[]) NativeSql.query(platform, NATIONAL).setParameter(1, period.fromText())
                .setParameter(2, period.toText()).getSingleResult();
        return new Evidence.National(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }
}
