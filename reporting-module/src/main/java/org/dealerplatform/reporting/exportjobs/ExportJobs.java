package org.dealerplatform.reporting.exportjobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.reporting.export.ExportFormat;
import org.dealerplatform.reporting.export.ExportKind;
import org.dealerplatform.reporting.export.ExportPeriod;
import org.dealerplatform.reporting.export.ExportScope;
import org.dealerplatform.reporting.runs.Sql;

/**
 * The {@code export_job} table. A caller's reads filter by owner and tenant by hand (the tenant
 * from the token; {@code <=>} so the association's NULL matches only itself), so another group's
 * job answers exactly like a missing one. The worker's steps are conditional UPDATEs: a claim on
 * the status and attempt count it read, every later write on {@code claimed_by}, so a node whose
 * lease ran out (or whose job was deleted) learns it at its next write and stops.
 */
@ApplicationScoped
public class ExportJobs {

    private static final String COLUMNS = "id, owner, tenant_id, group_filter, export_table, format, month_from,"
            + " month_to, locale, status, attempts, claimed_at, claimed_by, rows_written, total_rows, file_bytes,"
            + " created_at, finished_at, expires_at, last_error";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** Who asks: the token's subject and tenant (null for the association). */
    public record Asker(String subject, String tenant) {
    }

    /**
     * The job for this request: a new one, or the one of the same caller and request that is still
     * queued or running. The unique active key decides, so two nodes asked at once agree.
     */
    @Transactional
    public ExportJob ask(Asker asker, ExportScope.Reach reach, ExportOrder order, Instant now) {
        String key = order.sameRequestKey(asker.subject(), reach);
        // twice at most: the job found by the key may finish and give the key up between the two statements
        for (int round = 0; round < 3; round++) {
            NativeSql.query(em, "insert ignore into export_job (id, tenant_id, owner, group_filter, export_table,"
                            + " format, month_from, month_to, locale, status, active_key, attempts, rows_written,"
                            + " file_bytes, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, 0, 0, 0, ?)")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, reach.tenant())
                    .setParameter(3, asker.subject()).setParameter(4, reach.group())
                    .setParameter(5, order.kind().name()).setParameter(6, order.format().name())
                    .setParameter(7, order.period().from().toString()).setParameter(8, order.period().to().toString())
                    .setParameter(9, order.locale().toLanguageTag()).setParameter(10, key)
                    .setParameter(11, Sql.at(now)).executeUpdate();
            Optional<ExportJob> job = read("where active_key = ?", key).stream().findFirst();
            if (job.isPresent()) {
                return job.get();
            }
        }
        throw new IllegalStateException("export job " + key + " neither inserted nor found");
    }

    /** The caller's job, or empty for anyone else's. */
    @Transactional
    public Optional<ExportJob> mine(String id, Asker asker) {
        return read("where id = ? and owner = ? and tenant_id <=> ?", id, asker.subject(), asker.tenant()).stream()
                .findFirst();
    }

    /** The caller's latest jobs, newest first. */
    @Transactional
    public List<ExportJob> latest(Asker asker, int limit) {
        return read("where owner = ? and tenant_id <=> ? order by created_at desc limit ?", asker.subject(),
                asker.tenant(), limit);
    }

    /** Deletes the caller's job; false when there is none of theirs. */
    @Transactional
    public boolean remove(String id, Asker asker) {
        return NativeSql.query(em, "delete from export_job where id = ? and owner = ? and tenant_id <=> ?")
                .setParameter(1, id).setParameter(2, asker.subject()).setParameter(3, asker.tenant())
                .executeUpdate() == 1;
    }

    /** Jobs a node may take now: exactly {@link JobState#claimable}, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> claimable(Instant now, Duration lease, int limit) {
        return NativeSql.query(em, "select id from export_job where status = 'QUEUED'"
                        + " or (status = 'RUNNING' and (claimed_at is null or claimed_at <= ?)) order by created_at limit ?")
                .setParameter(1, Sql.at(now.minus(lease))).setParameter(2, limit).getResultList();
    }

    /**
     * Takes the job for this node: read, let {@link JobState} decide, write only if nobody changed
     * the status or attempts meanwhile. Empty when another node was faster, the job is not
     * claimable, or it was failed because its attempts were used up.
     */
    @Transactional
    public Optional<ExportJob> claim(String id, String node, Instant now, Duration lease, Duration keep) {
        Optional<ExportJob> read = read("where id = ?", id).stream().findFirst();
        if (read.isEmpty() || !read.get().state().claimable(now, lease)) {
            return Optional.empty();
        }
        JobState before = read.get().state();
        JobState after = before.claim(now, lease);
        if (after.status() != JobStatus.RUNNING) {
            NativeSql.query(em, "update export_job set status = ?, claimed_by = null, active_key = null,"
                            + " finished_at = ?, expires_at = ?, last_error = ? where id = ? and status = ? and attempts = ?")
                    .setParameter(1, after.status().name()).setParameter(2, Sql.at(now))
                    .setParameter(3, Sql.at(now.plus(keep))).setParameter(4, "stopped " + before.attempts()
                            + " times without finishing: its node went away each time")
                    .setParameter(5, id).setParameter(6, before.status().name()).setParameter(7, before.attempts())
                    .executeUpdate();
            return Optional.empty();
        }
        int changed = NativeSql.query(em, "update export_job set status = 'RUNNING', attempts = ?, claimed_at = ?,"
                        + " claimed_by = ?, started_at = coalesce(started_at, ?), rows_written = 0"
                        + " where id = ? and status = ? and attempts = ?")
                .setParameter(1, after.attempts()).setParameter(2, Sql.at(after.claimedAt())).setParameter(3, node)
                .setParameter(4, Sql.at(now)).setParameter(5, id).setParameter(6, before.status().name())
                .setParameter(7, before.attempts()).executeUpdate();
        if (changed != 1) {
            return Optional.empty();
        }
        ExportJob job = read.get();
        return Optional.of(new ExportJob(job.id(), job.owner(), job.reach(), job.order(), after, node, 0,
                job.totalRows(), 0, job.createdAt(), null, null, null));
    }

    /** Writes the progress and renews the lease; false when this node no longer holds the job. */
    @Transactional
    public boolean progress(String id, String node, long rows, Long totalRows, Instant now) {
        return NativeSql.query(em, "update export_job set rows_written = ?, total_rows = coalesce(?, total_rows),"
                        + " claimed_at = ? where id = ? and status = 'RUNNING' and claimed_by = ?")
                .setParameter(1, rows).setParameter(2, totalRows).setParameter(3, Sql.at(now)).setParameter(4, id)
                .setParameter(5, node).executeUpdate() == 1;
    }

    /** The file is in place: DONE, with the exact row count; false when this node no longer held the job. */
    @Transactional
    public boolean done(String id, String node, long rows, long bytes, Instant now, Instant expiresAt) {
        return NativeSql.query(em, "update export_job set status = 'DONE', active_key = null, claimed_by = null,"
                        + " rows_written = ?, total_rows = ?, file_bytes = ?, finished_at = ?, expires_at = ?"
                        + " where id = ? and status = 'RUNNING' and claimed_by = ?")
                .setParameter(1, rows).setParameter(2, rows).setParameter(3, bytes).setParameter(4, Sql.at(now))
                .setParameter(5, Sql.at(expiresAt)).setParameter(6, id).setParameter(7, node).executeUpdate() == 1;
    }

    @Transactional
    public boolean failed(String id, String node, String error, Instant now, Instant expiresAt) {
        return NativeSql.query(em, "update export_job set status = 'FAILED', active_key = null, claimed_by = null,"
                        + " finished_at = ?, expires_at = ?, last_error = ? where id = ? and status = 'RUNNING'"
                        + " and claimed_by = ?")
                .setParameter(1, Sql.at(now)).setParameter(2, Sql.at(expiresAt)).setParameter(3, Sql.cut(error, 500))
                .setParameter(4, id).setParameter(5, node).executeUpdate() == 1;
    }

    /** Finished jobs whose time is up. */
    @Transactional
    public List<ExportJob> expired(Instant now, int limit) {
        return read("where expires_at <= ? order by expires_at limit ?", Sql.at(now), limit);
    }

    /** Deletes an expired job; false when another node was faster. */
    @Transactional
    public boolean forget(String id, Instant now) {
        return NativeSql.query(em, "delete from export_job where id = ? and expires_at <= ?")
                .setParameter(1, id).setParameter(2, Sql.at(now)).executeUpdate() == 1;
    }

    /** Which of these jobs still exist, for the sweep of files left behind. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Set<String> existing(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        List<String> all = List.copyOf(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += 500) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + 500));
            var query = NativeSql.query(em, "select id from export_job where id in ("
                    + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")");
            for (int i = 0; i < batch.size(); i++) {
                query.setParameter(i + 1, batch.get(i));
            }
            found.addAll(query.getResultList());
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<ExportJob> read(String where, Object... params) {
        var query = NativeSql.query(em, "select " + COLUMNS + " from export_job " + where);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ExportJobs::job).toList();
    }

    private static ExportJob job(Object[] r) {
        ExportOrder order = new ExportOrder(ExportKind.valueOf((String) r[4]), ExportFormat.valueOf((String) r[5]),
                new ExportPeriod(java.time.YearMonth.parse((String) r[6]), java.time.YearMonth.parse((String) r[7])),
                Locale.forLanguageTag((String) r[8]));
        JobState state = new JobState(JobStatus.valueOf((String) r[9]), Sql.integer(r[10]), Sql.instant(r[11]));
        return new ExportJob((String) r[0], (String) r[1], new ExportScope.Reach((String) r[2], (String) r[3]), order,
                state, (String) r[12], Sql.count(r[13]), r[14] == null ? null : Sql.count(r[14]), Sql.count(r[15]),
                Sql.instant(r[16]), Sql.instant(r[17]), Sql.instant(r[18]), (String) r[19]);
    }
}
