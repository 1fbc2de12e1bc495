/**
 * The platform's side of Keycloak's admin REST API, through the {@code platform-provisioner}
 * service account: provisioning dealer groups (every step looks before it creates, so a retry
 * after any failure converges on one group and one first admin), and reading who the staff are
 * ({@link org.dealerplatform.tenant.identity.KeycloakStaffContacts}, core's {@code StaffContacts}).
 */
package org.dealerplatform.tenant.identity;
