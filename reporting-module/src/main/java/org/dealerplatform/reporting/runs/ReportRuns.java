package org.dealerplatform.reporting.runs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dealerplatform.core.persistence.NativeSql;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.RunStatus;

/**
 * The {@code report_run} table. Starting a run is INSERT IGNORE on (kind, month), so the
 * association's "run now", the monthly schedule and every node of a cluster all end up with the
 * same single run. Planning (render and queue) is taken with a lease, renewed per shop, so one node
 * plans at a time and another takes over if it dies.
 */
@ApplicationScoped
public class ReportRuns {

    private static final String COLUMNS = "id, kind, month, status, base_url, created_at, planned_at";

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    /** The run of this kind and month, created now unless it exists. */
    @Transactional
    public ReportRun start(ReportKind kind, YearMonth month, String baseUrl, Instant now) {
        NativeSql.query(em, "insert ignore into report_run (id, kind, month, status, base_url, created_at)"
                        + " values (?, ?, ?, 'QUEUED', ?, ?)").setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, kind.name()).setParameter(3, month.toString()).setParameter(4, baseUrl)
                .setParameter(5, Sql.at(now)).executeUpdate();
        return read("where kind = ? and month = ?", kind.name(), month.toString()).orElseThrow();
    }

    @Transactional
    public Optional<ReportRun> byId(String id) {
        return read("where id = ?", id);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> unfinished() {
        return NativeSql.query(em, "select id from report_run where status <> 'DONE' order by created_at")
                .getResultList();
    }

    /** Takes (or renews) the planning lease; false when another node holds it or planning is done. */
    @Transactional
    public boolean holdPlanning(String runId, String node, Instant now, Duration lease) {
        return NativeSql.query(em, "update report_run set planning_by = ?, planning_at = ?, status = 'RUNNING',"
                        + " started_at = coalesce(started_at, ?) where id = ? and planned_at is null"
                        + " and (planning_by = ? or planning_at is null or planning_at < ?)")
                .setParameter(1, node).setParameter(2, Sql.at(now)).setParameter(3, Sql.at(now))
                .setParameter(4, runId).setParameter(5, node).setParameter(6, Sql.at(now.minus(lease)))
                .executeUpdate() == 1;
    }

    @Transactional
    public void planned(String runId, String node, Instant now) {
        NativeSql.query(em, "update report_run set planned_at = ? where id = ? and planning_by = ? and planned_at is null")
                .setParameter(1, Sql.at(now)).setParameter(2, runId).setParameter(3, node).executeUpdate();
    }

    /** DONE once planned and every row is final; any node may notice, the UPDATE counts once. */
    @Transactional
    public boolean finishIfComplete(String runId, Instant now) {
        return NativeSql.query(em, "update report_run r set status = 'DONE', finished_at = ? where r.id = ?"
                        + " and r.status <> 'DONE' and r.planned_at is not null and not exists (select 1 from"
                        + " report_outbox o where o.run_id = r.id and o.state not in ('SENT', 'FAILED', 'SKIPPED'))")
                .setParameter(1, Sql.at(now)).setParameter(2, runId).executeUpdate() == 1;
    }

    /** The latest runs, newest first, for the console's list. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> recentIds(int limit) {
        return NativeSql.query(em, "select id from report_run order by created_at desc, month desc limit ?")
                .setParameter(1, limit).getResultList();
    }

    /**
     * The status a run shows next to its progress: rows appear while the run is planned, so "every
     * row final" means DONE only once planning ended. The API and the console show the same.
     */
    public static RunStatus shownStatus(ReportRun run, org.dealerplatform.reporting.outbox.RunProgress progress) {
        if (run.status() == RunStatus.DONE) {
            return RunStatus.DONE;
        }
        if (run.plannedAt() == null) {
            return run.status();
        }
        return progress.status() == RunStatus.DONE ? RunStatus.RUNNING : progress.status();
    }

    @SuppressWarnings("unchecked")
    private Optional<ReportRun> read(String where, Object... params) {
        var query = NativeSql.query(em, "select " + COLUMNS + " from report_run " + where);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().findFirst().map(r -> new ReportRun((String) r[0], ReportKind.valueOf((String) r[1]),
                YearMonth.parse((String) r[2]), RunStatus.valueOf((String) r[3]), (String) r[4], Sql.instant(r[5]),
                Sql.instant(r[6])));
    }
}
