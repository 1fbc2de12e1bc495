package org.dealerplatform.core.tenancy;

import java.util.Optional;

/**
 * Published by the module that owns dealer groups, consulted by core on every request of a
 * tenant user. With no implementation installed, every tenant is unknown and tenant users are
 * refused: the platform fails closed.
 */
public interface TenantDirectory {

    Optional<TenantStanding> standing(String tenantId);
}
