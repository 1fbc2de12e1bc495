/**
 * Tenant isolation: the tenant-aware entity base (EclipseLink SINGLE_TABLE multitenancy on
 * {@code tenant_id}) and the per-transaction EntityManager that carries the caller's tenant.
 */
package org.dealerplatform.core.tenancy;
