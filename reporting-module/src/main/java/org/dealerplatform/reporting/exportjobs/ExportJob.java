package org.dealerplatform.reporting.exportjobs;

import java.time.Instant;
import java.util.Locale;
import org.dealerplatform.reporting.export.ExportFormat;
import org.dealerplatform.reporting.export.ExportKind;
import org.dealerplatform.reporting.export.ExportPeriod;
import org.dealerplatform.reporting.export.ExportScope;

/**
 * A background export as stored.
 *
 * @param owner     the token subject of who asked: only they see the job
 * @param reach     whose shops it reads; its tenant is the job's {@code tenant_id} (null: the association's)
 * @param claimedBy the node writing it while RUNNING
 * @param expiresAt when the file (and the job) is deleted; set when it finished
 */
public record ExportJob(String id, String owner, ExportScope.Reach reach, ExportOrder order, JobState state,
                        String claimedBy, long rows, Long totalRows, long fileBytes, Instant createdAt,
                        Instant finishedAt, Instant expiresAt, String error) {

    public ExportKind kind() {
        return order.kind();
    }

    public ExportFormat format() {
        return order.format();
    }

    public ExportPeriod period() {
        return order.period();
    }

    public Locale locale() {
        return order.locale();
    }

    public JobStatus status() {
        return state.status();
    }

    public JobProgress progress() {
        return new JobProgress(state.status(), rows, totalRows);
    }
}
