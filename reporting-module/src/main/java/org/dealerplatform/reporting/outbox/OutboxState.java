package org.dealerplatform.reporting.outbox;

/** Where one report mail stands. SENT, FAILED and SKIPPED are final. */
public enum OutboxState {
    PENDING,
    SENDING,
    RETRY_WAIT,
    SENT,
    FAILED,
    SKIPPED;

    public boolean isFinal() {
        return this == SENT || this == FAILED || this == SKIPPED;
    }
}
