package org.dealerplatform.reporting.exportjobs;

/** Where a background export stands, as the API shows it. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
