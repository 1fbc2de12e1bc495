package org.dealerplatform.reporting.exportjobs;

/**
 * How far a job is, as the API and the console show it. The total is counted before the first
 * row and samples keep arriving, so it is an estimate: a running job never shows 100 % (it may
 * write more rows than counted), a finished one always does, and its total becomes what it wrote.
 *
 * @param totalRows the count made when the job started; null before that (or when uncountable)
 */
public record JobProgress(JobStatus status, long rows, Long totalRows) {

    /** Rows between two progress writes: a write per second or so at the writers' speed. */
    public static final int EVERY_ROWS = 5000;

    /** Whether the row just written is one at which the progress (and the lease) is written. */
    public static boolean due(long rows) {
        return rows > 0 && rows % EVERY_ROWS == 0;
    }

    public int percent() {
        if (status == JobStatus.DONE) {
            return 100;
        }
        if (totalRows == null || totalRows <= 0 || rows <= 0) {
            return 0;
        }
        return (int) Math.min(99, rows * 100 / totalRows);
    }

    /** The estimate while running; the exact count once done. */
    public Long shownTotal() {
        return status == JobStatus.DONE ? Long.valueOf(rows) : totalRows;
    }
}
