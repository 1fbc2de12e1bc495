package org.dealerplatform.tenant.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the brand list; it is shared by all tenants. */
@ApplicationScoped
public class Brands {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public List<Brand> active() {
        return em.createQuery("select b from Brand b where b.active = true order by b.nameEn", Brand.class)
                .getResultList();
    }

    public Optional<Brand> activeByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Brand brand = em.find(Brand.class, code);
        return brand != null && brand.active() ? Optional.of(brand) : Optional.empty();
    }
}
