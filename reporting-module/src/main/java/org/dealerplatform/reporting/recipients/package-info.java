/**
 * Who receives each shop's report: its shop managers by default (read from Keycloak through core's
 * {@code StaffContacts} when needed, never stored), or the list its group admin keeps once they set
 * one ({@link org.dealerplatform.reporting.recipients.ShopRecipients} is the rule); and the signed
 * one-click unsubscribe (RFC 8058) that takes an address off until a group admin adds it again.
 */
package org.dealerplatform.reporting.recipients;
