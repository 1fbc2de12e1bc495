/**
 * Provisioning of dealer groups in Keycloak through its admin REST API, with the
 * {@code platform-provisioner} service account. Every step looks before it creates, so a retry
 * after any failure converges on one group and one first admin.
 */
package org.dealerplatform.tenant.identity;
