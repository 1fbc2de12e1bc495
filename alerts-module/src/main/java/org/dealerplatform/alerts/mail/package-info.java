/**
 * Alert mail: each new alert mailed to its shop's managers within a minute (or listed in the shop's
 * daily digest, when the shop chose that), and a case past its first-contact deadline escalated to
 * the group admins once. Every node runs the same worker ({@link org.dealerplatform.alerts.mail.AlertMailWorker});
 * what it may do is decided in the database, never in memory:
 * <ul>
 * <li>an alert's mail is planned by {@code UPDATE alert_case SET mail_planned_at ... WHERE
 * mail_planned_at IS NULL} and its outbox rows are inserted in that same transaction, so a crash
 * loses neither (the next scan finds the alert unplanned) and a second node adds nothing;</li>
 * <li>the escalation is {@code UPDATE ... SET escalated_at WHERE escalated_at IS NULL} with its
 * rows in the same transaction;</li>
 * <li>a digest is one {@code alert_digest} row per shop and day (INSERT IGNORE);</li>
 * <li>an outbox row is unique per (kind, alert or digest, recipient), carries a Message-ID fixed
 * when it was queued, and is claimed and settled by conditional UPDATEs, as the report outbox does.</li>
 * </ul>
 * The one window SMTP cannot close is the same as for reports: the server accepted a mail and the
 * node died before recording SENT; after the lease the row goes again, with the same Message-ID.
 * Recipients come from core's {@code StaffContacts} when the mail is planned; when it cannot say,
 * the alert stays unplanned and the next tick asks again. Mails carry the shop, the time, the
 * stored reasons, the deadline and a link to the console, never a phone number.
 */
package org.dealerplatform.alerts.mail;
