package org.dealerplatform.survey.retention;

import org.dealerplatform.survey.review.CauseKind;

/**
 * A hash a sample carries about its sender, with its column in {@code survey_response} and the
 * review cause it feeds in {@code screening_cause} (which holds a digest of the same hash).
 */
public enum TracedHash {
    PHONE("phone_hash", CauseKind.PHONE),
    DEVICE("device_hash", CauseKind.DEVICE),
    ADDRESS("address_hash", CauseKind.ADDRESS);

    private final String column;
    private final CauseKind cause;

    TracedHash(String column, CauseKind cause) {
        this.column = column;
        this.cause = cause;
    }

    public String column() {
        return column;
    }

    public CauseKind cause() {
        return cause;
    }
}
