/**
 * Dealer groups, the platform's tenants: onboarding by the association (with the group's first
 * admin provisioned in Keycloak), renaming, suspension and module subscriptions.
 */
package org.dealerplatform.tenant.dealergroup;
