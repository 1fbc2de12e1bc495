package org.dealerplatform.core.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Published by the module that owns the samples (the survey module): the samples that count
 * (status VALID), in the order their status last changed, with what an alert rule reads of them.
 * A sample submitted VALID changes status when it is stored; a SUSPECT one accepted in review when
 * the reviewer decides, so an accepted sample turns up here then, not earlier.
 * <p>
 * Reads across tenants, for work that has no caller (the alerts module's scan): each sample names
 * its tenant and shop, and the reader keeps them apart. Must run inside a transaction; only reads.
 */
public interface AlertSamples {

    /** The most samples one call returns. */
    int MOST_PER_READ = 500;

    /**
     * VALID samples whose status changed after {@code after} (time, then sample id, so a page may
     * end inside one millisecond), in that order, at most {@code limit} (1 to {@value #MOST_PER_READ}).
     */
    List<ValidSample> validAfter(Position after, int limit);

    /**
     * Samples that do not count (any status but VALID) whose status changed after {@code after},
     * in the same order and with the same limit as {@link #validAfter}: a VALID sample flagged later
     * along with a repeat, or rejected in review, turns up here when its status changed, so an
     * alert it raised can be withdrawn. Most of them never counted (held for review when
     * submitted); the reader ignores those it has no alert for.
     */
    List<StoppedCounting> notCountingAfter(Position after, int limit);

    /**
     * One sample by id, whatever its status, with the survey link it came through: for the
     * call-back offer right after submission. Empty when there is no such sample.
     */
    Optional<SubmittedSample> submitted(String sampleId);

    /** A sample as submitted: where it belongs, the link it came through, when, and its answers. */
    record SubmittedSample(String sampleId, String tenantId, String shopId, String linkToken, Instant submittedAt,
                           AlertAnswers answers) {

        public SubmittedSample {
            Objects.requireNonNull(sampleId, "sampleId");
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(linkToken, "linkToken");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(answers, "answers");
        }
    }

    /** A place in the order of status changes: this time, after this sample id ("" for all of it). */
    record Position(Instant changedAt, String sampleId) {

        public Position {
            Objects.requireNonNull(changedAt, "changedAt");
            Objects.requireNonNull(sampleId, "sampleId");
        }

        public static Position startOf(Instant changedAt) {
            return new Position(changedAt, "");
        }
    }

    /** A sample that does not count now: where it belongs and when its status last changed. */
    record StoppedCounting(String sampleId, String tenantId, Instant changedAt) {

        public StoppedCounting {
            Objects.requireNonNull(sampleId, "sampleId");
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(changedAt, "changedAt");
        }

        public Position position() {
            return new Position(changedAt, sampleId);
        }
    }

    /** One sample that counts: where it belongs, when it became VALID, and its answers. */
    record ValidSample(String sampleId, String tenantId, String shopId, Instant submittedAt, Instant changedAt,
                       AlertAnswers answers) {

        public ValidSample {
            Objects.requireNonNull(sampleId, "sampleId");
            Objects.requireNonNull(tenantId, "tenantId");
            Objects.requireNonNull(shopId, "shopId");
            Objects.requireNonNull(changedAt, "changedAt");
            Objects.requireNonNull(answers, "answers");
        }

        public Position position() {
            return new Position(changedAt, sampleId);
        }
    }
}
