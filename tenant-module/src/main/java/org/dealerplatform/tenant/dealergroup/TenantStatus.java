package org.dealerplatform.tenant.dealergroup;

/** A suspended dealer group keeps its data, but none of its users gets in. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
