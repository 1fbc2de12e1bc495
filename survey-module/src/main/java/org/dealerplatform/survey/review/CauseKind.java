package org.dealerplatform.survey.review;

import java.time.Duration;
import org.dealerplatform.survey.screening.Reason;
import org.dealerplatform.survey.screening.ScreeningPolicy;

/**
 * What suspect samples of one shop can share, so that they form one review case. Declared from the
 * most specific to the least: a sample that shares several attributes with different open cases
 * joins the case of the most specific one (one repair order is one visit; one address may be a
 * whole shop's guest network).
 */
public enum CauseKind {
    REPAIR_ORDER, PHONE, TICKET, DEVICE, ADDRESS;

    /**
     * Repeats of these are screening facts about earlier samples, so every sample carrying one takes
     * its lock row, flagged or not: two samples arriving at once cannot both pass as the first.
     * The other attributes matter only between suspect samples.
     */
    public boolean lockedForEverySample() {
        return this == REPAIR_ORDER || this == PHONE;
    }

    /** The screening reason of a repeat (the earlier samples sharing it are flagged too), or null. */
    public Reason repeatReason() {
        return switch (this) {
            case REPAIR_ORDER -> Reason.REPEAT_REPAIR_ORDER;
            case PHONE -> Reason.REPEAT_PHONE;
            default -> null;
        };
    }

    /**
     * How long after the last sample carrying it an attribute still joins samples into one case: the
     * window of the screening rule that looks at it. Null: no limit (a repair order is one visit; a
     * start ticket is one page view).
     */
    public Duration window(ScreeningPolicy policy) {
        return switch (this) {
            case REPAIR_ORDER, TICKET -> null;
            case PHONE, DEVICE -> Duration.ofDays(policy.repeatDays());
            case ADDRESS -> Duration.ofMinutes(policy.burstMinutes());
        };
    }

    /** The cause a new case starts with when its first sample's own reasons already name one. */
    static CauseKind of(Reason reason) {
        return switch (reason) {
            case REPEAT_REPAIR_ORDER -> REPAIR_ORDER;
            case REPEAT_PHONE -> PHONE;
            case REPEAT_DEVICE -> DEVICE;
            case TICKET_REUSED -> TICKET;
            case ADDRESS_BURST -> ADDRESS;
            default -> null;
        };
    }
}
