package org.dealerplatform.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.dealerplatform.core.persistence.StoredEntity;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity a dealer group owns. EclipseLink adds {@code tenant_id = :tenant} to every
 * read, find, bulk update and delete, and fills the column on insert, from the EntityManager
 * property {@value TenantTransaction#TENANT_PROPERTY}. Without that property a read fails
 * (EclipseLink error 6174) and an insert violates the column's NOT NULL constraint, so a missing
 * tenant can never mean "all tenants". The field is a read-only mirror, as EclipseLink requires.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantTransaction.TENANT_PROPERTY, length = 40)
public abstract class TenantAwareEntity extends StoredEntity {

    @Column(name = "tenant_id", insertable = false, updatable = false)
    private String tenantId;

    /** For JPA only. */
    protected TenantAwareEntity() {
    }

    protected TenantAwareEntity(Instant now) {
        super(now);
    }

    /** The owning dealer group; null on a new entity until it is persisted and re-read. */
    public String tenantId() {
        return tenantId;
    }
}
