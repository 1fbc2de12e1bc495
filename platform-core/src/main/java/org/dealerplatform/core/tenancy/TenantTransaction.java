package org.dealerplatform.core.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.Map;
import org.dealerplatform.core.security.CallerContext;

/**
 * The caller's tenant data within one JTA transaction: a single EntityManager, opened inside the
 * transaction (so it joins it) with the caller's tenant as EclipseLink's tenant property, and
 * closed when the transaction ends. Tenant-owned entities are only ever reached through this.
 * <ul>
 * <li>No tenant on the caller: opening throws, so no tenant means no data (fail closed).</li>
 * <li>One EntityManager per transaction: a persistence context never holds two tenants' objects.</li>
 * <li>Use it inside {@code @Transactional} methods; outside a transaction the scope is not active.</li>
 * </ul>
 * A holder rather than a producer of {@code @TransactionScoped EntityManager}: that scope is
 * passivating, and Weld refuses a producer whose product (EclipseLink's EntityManager) is not
 * serializable. The platform's own tables (dealer groups, reference lists, read models with a
 * plain {@code tenant_id} column) use the ordinary {@code @PersistenceContext(unitName = "platform")}.
 */
@TransactionScoped
public class TenantTransaction implements Serializable {

    public static final String TENANT_PROPERTY = "platform.tenant";
    private static final long serialVersionUID = 1L;

    @PersistenceUnit(unitName = "platform")
    transient EntityManagerFactory factory;

    @Inject
    CallerContext caller;

    private transient EntityManager entityManager;
    private String tenant;

    /** The signed-in tenant user's data. */
    public EntityManager entityManager() {
        return open(caller.requiredTenant());
    }

    /**
     * One named dealer group's data, for work that has no tenant user behind it but has
     * established the tenant otherwise: an anonymous survey answer (the tenant comes from the
     * shop's survey token) or an association decision on one group's sample. A tenant user can
     * only ever name their own tenant, and a transaction never switches tenants once opened.
     */
    public EntityManager entityManagerFor(String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new CallerContext.NoTenantException();
        }
        caller.current().flatMap(c -> c.tenant()).filter(own -> !own.equals(tenantId)).ifPresent(own -> {
            throw new IllegalStateException("a tenant user cannot open another tenant's data");
        });
        return open(tenantId);
    }

    private EntityManager open(String tenantId) {
        if (entityManager == null) {
            entityManager = factory.createEntityManager(Map.of(TENANT_PROPERTY, tenantId));
            tenant = tenantId;
        } else if (!tenant.equals(tenantId)) {
            throw new IllegalStateException("this transaction already works on another tenant's data");
        }
        return entityManager;
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
