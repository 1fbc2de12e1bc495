package org.dealerplatform.core.shops;

/** A service advisor as other modules see it. */
public record AdvisorProfile(String id, String shopId, String name, String employeeNo, boolean active) {
}
