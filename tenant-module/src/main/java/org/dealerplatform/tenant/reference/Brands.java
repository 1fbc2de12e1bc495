package org.dealerplatform.tenant.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import java.util.List;
import java.util.Optional;

/** Reads the brand list; it is shared by all tenants. */
@ApplicationScoped
public class Brands {

    /** Lookups only read: no transactional clone (see DealerGroups.byCode). */
    private static final java.util.Map<String, Object> READ_ONLY = java.util.Map.of(
            org.eclipse.persistence.config.QueryHints.READ_ONLY, org.eclipse.persistence.config.HintValues.TRUE);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<Brand> active() {
        return em.createQuery("select b from Brand b where b.active = true order by b.nameEn", Brand.class)
                .getResultList();
    }

    @Transactional
    public Brand add(String code, String nameZh, String nameEn) {
        Brand brand = new Brand(code, nameZh, nameEn);
        if (em.find(Brand.class, brand.code()) != null) {
            throw Conflict.duplicate("code", "brand " + brand.code() + " is already on the list");
        }
        em.persist(brand);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (!org.dealerplatform.core.persistence.Conflicts.isDuplicate(e)) {
                throw e;
            }
            throw Conflict.duplicate("code", "brand " + brand.code() + " is already on the list");
        }
        audit.record("brand.added", "brand", brand.code(), brand.nameZh() + " / " + brand.nameEn(), null);
        return brand;
    }

    @Transactional
    public Brand setActive(String code, boolean active) {
        Brand brand = code == null ? null : em.find(Brand.class, code);
        if (brand == null) {
            throw new NotFound("brand");
        }
        boolean was = brand.active();
        if (active) {
            brand.reinstate();
        } else {
            brand.withdraw();
        }
        if (was != active) {
            audit.record(active ? "brand.reinstated" : "brand.withdrawn", "brand", brand.code(),
                    brand.nameZh() + " / " + brand.nameEn() + (active ? ": back on the list" : ": withdrawn"), null);
        }
        return brand;
    }

    /** Any brand on the list, withdrawn ones included (shops keep the brand they had). */
    public Optional<Brand> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Brand.class, code, READ_ONLY));
    }

    public Optional<Brand> activeByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Brand brand = em.find(Brand.class, code, READ_ONLY);
        return brand != null && brand.active() ? Optional.of(brand) : Optional.empty();
    }
}
