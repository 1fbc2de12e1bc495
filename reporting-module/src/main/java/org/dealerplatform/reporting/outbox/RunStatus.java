package org.dealerplatform.reporting.outbox;

/** A report run as the API shows it. */
public enum RunStatus {
    /** Rows are queued and nothing has started yet. */
    QUEUED,
    RUNNING,
    /** Every row is SENT, SKIPPED or FAILED. */
    DONE
}
