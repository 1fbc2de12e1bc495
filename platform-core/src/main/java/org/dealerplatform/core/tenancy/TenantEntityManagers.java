package org.dealerplatform.core.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionScoped;
import java.util.Map;
import org.dealerplatform.core.security.CallerContext;

/**
 * Produces the EntityManagers of the platform.
 * <ul>
 * <li>{@link TenantScoped}: one per JTA transaction, opened inside it (so it joins it) with the
 * caller's tenant as EclipseLink's tenant property. Tenant-owned data is only ever reached
 * through this one. Opening it without a tenant throws: no tenant, no data.</li>
 * </ul>
 * The platform's own tables (dealer groups themselves, reference lists, read models with a plain
 * {@code tenant_id} column) use the ordinary container-managed
 * {@code @PersistenceContext(unitName = "platform")}; tenant entities are never read through it.
 * A fresh EntityManager per transaction also means one persistence context never holds two
 * tenants' objects.
 */
@ApplicationScoped
public class TenantEntityManagers {

    public static final String TENANT_PROPERTY = "platform.tenant";

    @PersistenceUnit(unitName = "platform")
    EntityManagerFactory factory;

    @Inject
    CallerContext caller;

    @Produces
    @TenantScoped
    @TransactionScoped
    EntityManager tenantEntityManager() {
        return forTenant(caller.requiredTenant());
    }

    /**
     * For work that runs without a signed-in caller on behalf of one known tenant (start-up tasks,
     * tests). Opened inside a transaction; the caller closes it.
     */
    public EntityManager forTenant(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new CallerContext.NoTenantException();
        }
        return factory.createEntityManager(Map.of(TENANT_PROPERTY, tenantId));
    }

    void close(@Disposes @TenantScoped EntityManager em) {
        em.close();
    }
}
