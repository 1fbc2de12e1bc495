package org.dealerplatform.reporting.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.reporting.runs.Sql;

/**
 * The {@code report_outbox} table. Cluster safety lives here: a row is queued at most once (its
 * unique key, INSERT IGNORE), and every change of state is a conditional UPDATE on the state the
 * node read, so when two nodes reach for the same row exactly one UPDATE counts. The rules of
 * which change is allowed stay in {@link OutboxEntry}; this class only makes them stick.
 */
@ApplicationScoped
public class OutboxStore {

    private static final String COLUMNS = "id, kind, month, shop_id, tenant_id, recipient, locale, key_suffix,"
            + " archive_id, base_url, state, attempts, queued_at, next_attempt_at, claimed_at, claimed_by,"
            + " finished_at, last_error, message_id, subject_id";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /**
     * What to queue: the run's own mail has an empty suffix, a resend a fresh one. A group report
     * has no shop, the national report neither shop nor tenant ({@link ReportSubjects}).
     */
    public record Mail(String runId, OutboxKey key, String shopId, String tenantId, String locale, String keySuffix,
                       String archiveId, String baseUrl) {

        public String subjectId() {
            return ReportSubjects.of(key.kind(), tenantId, shopId);
        }
    }

    /** Queues the mail unless its key is queued already; true when this call added it. */
    @Transactional
    public boolean queue(Mail mail, Instant now) {
        return NativeSql.query(em, "insert ignore into report_outbox (id, run_id, kind, month, shop_id, tenant_id,"
                        + " recipient, locale, key_suffix, archive_id, base_url, state, attempts, queued_at,"
                        + " next_attempt_at, message_id, subject_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, mail.runId())
                .setParameter(3, mail.key().kind().name()).setParameter(4, mail.key().month().toString())
                .setParameter(5, mail.shopId()).setParameter(6, mail.tenantId())
                .setParameter(7, mail.key().recipient().value()).setParameter(8, mail.locale())
                .setParameter(9, mail.keySuffix()).setParameter(10, mail.archiveId()).setParameter(11, mail.baseUrl())
                .setParameter(12, Sql.at(now)).setParameter(13, Sql.at(now))
                .setParameter(14, mail.key().messageId()).setParameter(15, mail.subjectId()).executeUpdate() == 1;
    }

    /** Rows a sender may take now: exactly {@link OutboxEntry#isClaimable}, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> due(Instant now, Duration lease, int limit) {
        return NativeSql.query(em, "select id from report_outbox where state = 'PENDING'"
                        + " or (state = 'RETRY_WAIT' and next_attempt_at <= ?)"
                        + " or (state = 'SENDING' and claimed_at <= ?) order by queued_at limit ?")
                .setParameter(1, Sql.at(now)).setParameter(2, Sql.at(now.minus(lease))).setParameter(3, limit)
                .getResultList();
    }

    /**
     * Claims the row for this node: read, let the entry decide, write back only if nobody changed
     * the row in between (same state and attempt count). Empty when another node was faster, the
     * row is not due, or it was failed for good because its last attempt's node died.
     */
    @Transactional
    public Optional<OutboxRow> claim(String id, String node, Instant now, Duration lease, Backoff backoff) {
        Optional<OutboxRow> read = read(id);
        if (read.isEmpty() || !read.get().entry().isClaimable(now, lease)) {
            return Optional.empty();
        }
        OutboxEntry entry = read.get().entry();
        OutboxState before = entry.state();
        int attempts = entry.attempts();
        boolean claimed = entry.claim(now, lease, backoff);
        int changed = NativeSql.query(em, "update report_outbox set state = ?, attempts = ?, claimed_at = ?,"
                        + " claimed_by = ?, next_attempt_at = ?, finished_at = ?, last_error = ?"
                        + " where id = ? and state = ? and attempts = ?")
                .setParameter(1, entry.state().name()).setParameter(2, entry.attempts())
                .setParameter(3, Sql.at(entry.claimedAt())).setParameter(4, claimed ? node : null)
                .setParameter(5, Sql.at(entry.nextAttemptAt())).setParameter(6, Sql.at(entry.finishedAt()))
                .setParameter(7, Sql.cut(entry.lastError(), 500)).setParameter(8, id).setParameter(9, before.name())
                .setParameter(10, attempts).executeUpdate();
        if (changed != 1 || !claimed) {
            return Optional.empty();
        }
        OutboxRow row = read.get();
        return Optional.of(new OutboxRow(id, entry, row.shopId(), row.tenantId(), row.locale(), row.archiveId(),
                row.baseUrl(), row.messageId(), node));
    }

    /**
     * Writes what became of a claimed row (sent, waiting, failed, skipped). Only the node holding
     * the claim can: false when the lease ran out and another node took the row meanwhile.
     */
    @Transactional
    public boolean settle(OutboxRow row) {
        OutboxEntry entry = row.entry();
        return NativeSql.query(em, "update report_outbox set state = ?, next_attempt_at = ?, claimed_at = null,"
                        + " claimed_by = null, sent_at = ?, finished_at = ?, last_error = ?"
                        + " where id = ? and state = 'SENDING' and claimed_by = ? and attempts = ?")
                .setParameter(1, entry.state().name()).setParameter(2, Sql.at(entry.nextAttemptAt()))
                .setParameter(3, entry.state() == OutboxState.SENT ? Sql.at(entry.finishedAt()) : null)
                .setParameter(4, Sql.at(entry.finishedAt())).setParameter(5, Sql.cut(entry.lastError(), 500))
                .setParameter(6, row.id()).setParameter(7, row.claimedBy()).setParameter(8, entry.attempts())
                .executeUpdate() == 1;
    }

    /** Rows of a run counted by state, for its progress. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<OutboxState, Long> countByState(String runId) {
        Map<OutboxState, Long> counts = new EnumMap<>(OutboxState.class);
        List<Object[]> rows = NativeSql.query(em, "select state, count(*) from report_outbox where run_id = ?"
                + " group by state").setParameter(1, runId).getResultList();
        rows.forEach(r -> counts.put(OutboxState.valueOf((String) r[0]), Sql.count(r[1])));
        return counts;
    }

    /** One row of a shop's delivery log, as the console lists it. */
    public record Delivery(String id, ReportKind kind, YearMonth month, String recipient, String locale,
                           OutboxState state, int attempts, String lastError, Instant queuedAt, Instant sentAt) {
    }

    /**
     * A shop's outbox rows, newest month first (then newest queued first), at most {@code limit}.
     * Filtered by tenant by hand as well as by shop: the caller's tenant, never a value from the request.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Delivery> deliveries(String tenantId, String shopId, int limit) {
        List<Object[]> rows = NativeSql.query(em, "select id, kind, month, recipient, locale, state, attempts,"
                        + " last_error, queued_at, sent_at from report_outbox where tenant_id = ? and shop_id = ?"
                        + " order by month desc, queued_at desc, recipient limit ?")
                .setParameter(1, tenantId).setParameter(2, shopId).setParameter(3, limit).getResultList();
        return rows.stream().map(r -> new Delivery((String) r[0], ReportKind.valueOf((String) r[1]),
                YearMonth.parse((String) r[2]), (String) r[3], (String) r[4], OutboxState.valueOf((String) r[5]),
                Sql.integer(r[6]), (String) r[7], Sql.instant(r[8]), Sql.instant(r[9]))).toList();
    }

    @SuppressWarnings("unchecked")
    private Optional<OutboxRow> read(String id) {
        List<Object[]> rows = NativeSql.query(em, "select " + COLUMNS + " from report_outbox where id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        String suffix = (String) r[7];
        String subject = (String) r[19];
        OutboxKey key = new OutboxKey(ReportKind.valueOf((String) r[1]), YearMonth.parse((String) r[2]),
                suffix.isEmpty() ? subject : subject + "-" + suffix, MailAddress.of((String) r[5]));
        OutboxEntry entry = OutboxEntry.restore(key, Sql.instant(r[12]), OutboxState.valueOf((String) r[10]),
                Sql.integer(r[11]), Sql.instant(r[14]), Sql.instant(r[13]), Sql.instant(r[16]), (String) r[17]);
        return Optional.of(new OutboxRow(id, entry, (String) r[3], (String) r[4], (String) r[6], (String) r[8],
                (String) r[9], (String) r[18], (String) r[15]));
    }
}
