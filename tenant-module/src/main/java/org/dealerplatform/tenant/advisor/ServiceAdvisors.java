package org.dealerplatform.tenant.advisor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.dealerplatform.core.audit.AuditTrail;
import org.dealerplatform.core.audit.Changes;
import org.dealerplatform.core.domain.Conflict;
import org.dealerplatform.core.domain.NotFound;
import org.dealerplatform.core.persistence.Conflicts;
import org.dealerplatform.core.tenancy.TenantTransaction;
import org.dealerplatform.core.web.Page;
import org.dealerplatform.core.web.PageRequest;
import org.dealerplatform.tenant.shop.Shop;
import org.dealerplatform.tenant.shop.Shops;

/** Advisors of a shop the caller can see; the shop check comes first, so foreign shops are 404. */
@ApplicationScoped
public class ServiceAdvisors {

    @Inject
    TenantTransaction transaction;

    @Inject
    Shops shops;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ServiceAdvisor hire(String shopId, String name, String employeeNo) {
        Shop shop = shops.visible(shopId);
        ServiceAdvisor advisor = new ServiceAdvisor(shop.id(), name, employeeNo, Instant.now(clock));
        refuseTakenNumber(shop.id(), advisor.employeeNo(), null);
        em().persist(advisor);
        flushOrConflict(advisor.employeeNo());
        audit.record("advisor.created", "advisor", advisor.id(), advisor.employeeNo() + " " + advisor.name()
                + " · shop " + shop.code(), null);
        return advisor;
    }

    @Transactional
    public ServiceAdvisor change(String shopId, String advisorId, String name, String employeeNo, Boolean active) {
        ServiceAdvisor advisor = inShop(shopId, advisorId);
        Instant now = Instant.now(clock);
        String oldName = advisor.name();
        String oldNumber = advisor.employeeNo();
        boolean wasActive = advisor.active();
        if (name != null) {
            advisor.rename(name, now);
        }
        if (employeeNo != null && !ServiceAdvisor.validEmployeeNo(employeeNo).equals(advisor.employeeNo())) {
            refuseTakenNumber(advisor.shopId(), ServiceAdvisor.validEmployeeNo(employeeNo), advisor.id());
            advisor.renumber(employeeNo, now);
        }
        if (Boolean.FALSE.equals(active)) {
            advisor.leave(now);
        } else if (Boolean.TRUE.equals(active)) {
            advisor.rejoin(now);
        }
        flushOrConflict(advisor.employeeNo());
        Changes changes = Changes.of().field("name", oldName, advisor.name())
                .field("employeeNo", oldNumber, advisor.employeeNo()).field("active", wasActive, advisor.active());
        if (!changes.isEmpty()) {
            audit.record("advisor.changed", "advisor", advisor.id(), advisor.employeeNo() + " · " + changes, null);
        }
        return advisor;
    }

    @Transactional
    public ServiceAdvisor inShop(String shopId, String advisorId) {
        Shop shop = shops.visible(shopId);
        ServiceAdvisor advisor = advisorId == null ? null : em().find(ServiceAdvisor.class, advisorId);
        if (advisor == null || !advisor.shopId().equals(shop.id())) {
            throw new NotFound("service advisor");
        }
        return advisor;
    }

    @Transactional
    public Page<ServiceAdvisor> list(String shopId, PageRequest page) {
        Shop shop = shops.visible(shopId);
        var query = em().createQuery("select a from ServiceAdvisor a where a.shopId = :shop order by a.employeeNo",
                ServiceAdvisor.class).setParameter("shop", shop.id());
        long total = em().createQuery("select count(a) from ServiceAdvisor a where a.shopId = :shop", Long.class)
                .setParameter("shop", shop.id()).getSingleResult();
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), total);
    }

    private void refuseTakenNumber(String shopId, String employeeNo, String exceptId) {
        boolean taken = em().createQuery("select a.id from ServiceAdvisor a where a.shopId = :shop and a.employeeNo = :no",
                        String.class).setParameter("shop", shopId).setParameter("no", employeeNo)
                .getResultStream().anyMatch(found -> !found.equals(exceptId));
        if (taken) {
            throw Conflict.duplicate("employeeNo", "employee number " + employeeNo + " is already used in this shop");
        }
    }

    private void flushOrConflict(String employeeNo) {
        try {
            em().flush();
        } catch (PersistenceException e) {
            if (!Conflicts.isDuplicate(e)) {
                throw e;
            }
            throw Conflict.duplicate("employeeNo", "employee number " + employeeNo + " is already used in this shop");
        }
    }

    private EntityManager em() {
        return transaction.entityManager();
    }
}
