/**
 * The rules of the report outbox, free of JPA so they can be tested on their own: one row per
 * (report kind, month, shop or group, recipient) that moves PENDING → SENDING → SENT, waits and
 * retries after transient failures, and ends FAILED or SKIPPED. The integrator maps
 * {@link org.dealerplatform.reporting.outbox.OutboxEntry} onto a table and claims rows with a
 * conditional UPDATE of exactly {@link org.dealerplatform.reporting.outbox.OutboxEntry#isClaimable}.
 *
 * <p>The one window SMTP cannot close: the server accepts a message and the node dies before SENT
 * is recorded. After the lease the row is claimed again and the mail may go out twice. Only rows
 * that were SENDING at the crash can repeat, at most once per crash, and both copies carry the
 * same Message-ID ({@link org.dealerplatform.reporting.outbox.OutboxKey#messageId()}), so mail
 * clients and archives can drop the duplicate. Exactly-once would need the SMTP server to take part
 * in our transaction, which it cannot.
 */
package org.dealerplatform.reporting.outbox;
