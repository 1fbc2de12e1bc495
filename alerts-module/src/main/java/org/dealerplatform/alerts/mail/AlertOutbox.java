package org.dealerplatform.alerts.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dealerplatform.core.directory.StaffContact;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.persistence.InstantColumn;
import org.dealerplatform.core.persistence.NativeSql;

/**
 * The {@code alert_mail} table. A row is queued at most once (its unique key, INSERT IGNORE) and
 * every change of state is a conditional UPDATE, so when two nodes reach for one row exactly one
 * counts; only the node holding the claim records the outcome.
 */
@ApplicationScoped
public class AlertOutbox {

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** A row as the sender needs it. */
    public record Queued(String id, MailAddress to, String subject, String text, String html, String messageId,
                         int attempts, Instant queuedAt) {
    }

    /**
     * Queues one mail to one person inside the caller's transaction; false when it was queued
     * already. The Message-ID is fixed here: a retry, or a resend after a crash, carries the same.
     */
    public boolean queue(MailKind kind, String subjectKey, StaffContact to, String tenantId, String shopId,
                         String alertId, MailContent content, String senderDomain, Instant now) {
        String locale = "en".equals(to.locale().getLanguage()) ? "en" : "zh-CN";
        return NativeSql.query(em, "insert ignore into alert_mail (id, kind, subject_key, recipient, tenant_id,"
                        + " shop_id, alert_id, locale, subject, body_text, body_html, message_id, state, attempts,"
                        + " queued_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, kind.name())
                .setParameter(3, subjectKey).setParameter(4, to.email().value()).setParameter(5, tenantId)
                .setParameter(6, shopId).setParameter(7, alertId).setParameter(8, locale)
                .setParameter(9, cut(content.subject(), 300)).setParameter(10, content.text())
                .setParameter(11, content.html()).setParameter(12, messageId(kind, subjectKey, to.email(), senderDomain))
                .setParameter(13, Timestamp.from(now)).setParameter(14, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /**
     * {@code <alert.KIND.key.recipient-hash@domain>}: one per (kind, alert or digest, recipient),
     * readable by whoever runs the mail server, without the address in it.
     */
    static String messageId(MailKind kind, String subjectKey, MailAddress to, String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(to.value().getBytes(StandardCharsets.UTF_8));
            return "<alert." + kind.name() + "." + subjectKey.replace('/', '.') + "."
                    + HexFormat.of().formatHex(hash, 0, 6) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Rows a sender may take now, oldest first: pending, due for a retry, or claimed by a node that died. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> due(Instant now, Duration lease, int limit) {
        return NativeSql.query(em, "select id from alert_mail where state = 'PENDING'"
                        + " or (state = 'RETRY_WAIT' and next_attempt_at <= ?)"
                        + " or (state = 'SENDING' and claimed_at <= ?) order by queued_at limit ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Timestamp.from(now.minus(lease)))
                .setParameter(3, limit).getResultList();
    }

    /**
     * Takes the row for one attempt with the same condition as {@link #due}; empty when another
     * node was faster or the row is no longer due. Each claim counts an attempt, so a mail that
     * kills its node every time still runs out of attempts.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Queued> claim(String id, String node, Instant now, Duration lease) {
        int claimed = NativeSql.query(em, "update alert_mail set state = 'SENDING', attempts = attempts + 1,"
                        + " claimed_at = ?, claimed_by = ?, next_attempt_at = null where id = ? and (state = 'PENDING'"
                        + " or (state = 'RETRY_WAIT' and next_attempt_at <= ?) or (state = 'SENDING' and claimed_at <= ?))")
                .setParameter(1, Timestamp.from(now)).setParameter(2, node).setParameter(3, id)
                .setParameter(4, Timestamp.from(now)).setParameter(5, Timestamp.from(now.minus(lease)))
                .executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        List<Object[]> rows = NativeSql.query(em, "select recipient, subject, body_text, body_html, message_id,"
                + " attempts, queued_at from alert_mail where id = ?").setParameter(1, id).getResultList();
        Object[] r = rows.get(0);
        return Optional.of(new Queued(id, MailAddress.of((String) r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], ((Number) r[5]).intValue(), InstantColumn.read(r[6])));
    }

    /** Records SENT under this node's claim; false when the lease ran out and another node took the row. */
    @Transactional
    public boolean markSent(Queued row, String node, Instant now) {
        return settle(row, node, "SENT", null, now, null);
    }

    /** Waits for {@code next}, or FAILED when there is none. */
    @Transactional
    public boolean retryOrFail(Queued row, String node, Optional<Instant> next, String error, Instant now) {
        return settle(row, node, next.isPresent() ? "RETRY_WAIT" : "FAILED", next.orElse(null), now, error);
    }

    @Transactional
    public boolean fail(Queued row, String node, String error, Instant now) {
        return settle(row, node, "FAILED", null, now, error);
    }

    private boolean settle(Queued row, String node, String state, Instant next, Instant now, String error) {
        boolean done = !"RETRY_WAIT".equals(state);
        return NativeSql.query(em, "update alert_mail set state = ?, next_attempt_at = ?, claimed_at = null,"
                        + " claimed_by = null, sent_at = ?, finished_at = ?, last_error = coalesce(?, last_error)"
                        + " where id = ? and state = 'SENDING' and claimed_by = ? and attempts = ?")
                .setParameter(1, state).setParameter(2, next == null ? null : Timestamp.from(next))
                .setParameter(3, "SENT".equals(state) ? Timestamp.from(now) : null)
                .setParameter(4, done ? Timestamp.from(now) : null).setParameter(5, cut(error, 500))
                .setParameter(6, row.id()).setParameter(7, node).setParameter(8, row.attempts())
                .executeUpdate() == 1;
    }

    /** Rows forgotten per call; the worker calls once a tick, so a backlog goes over a few ticks. */
    static final int FORGET_BATCH = 1_000;

    /**
     * Deletes up to {@value #FORGET_BATCH} rows that finished (sent, or failed for good) before
     * the cut-off: the outbox is a delivery record, not an archive, and each row keeps a staff
     * address and the whole mail. Nothing is mailed again for it: whether an alert's mail or a
     * digest was planned is recorded on the alert and in {@code alert_digest}, not here. One
     * exception, accepted: an alert withdrawn and reinstated (its sample accepted on review) gets
     * {@code escalated_at} cleared; while its old escalation row is here the outbox's key keeps a
     * second escalation out, after that (90 days on) a reinstated, overdue alert is escalated again.
     * Returns how many rows went.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetFinishedBefore(Instant cutOff) {
        return NativeSql.query(em, "delete from alert_mail where finished_at < ? and state in ('SENT', 'FAILED')"
                        + " order by finished_at limit " + FORGET_BATCH)
                .setParameter(1, Timestamp.from(cutOff)).executeUpdate();
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
