package org.dealerplatform.survey.screening;

/**
 * Why a sample is not simply valid. Objective facts make a sample INVALID; heuristics only make
 * it SUSPECT, so that a person (the association's reviewer) decides, never the heuristic alone.
 */
public enum Reason {
    /** Answered faster than the configured minimum time. */
    TOO_FAST(SampleStatus.SUSPECT),
    /** The answering time cannot be established (no or a forged start ticket). */
    NO_TIMING(SampleStatus.SUSPECT),
    /** The start ticket's page view already sent another sample: a ticket counts once. */
    TICKET_REUSED(SampleStatus.SUSPECT),
    /** The start ticket is genuine but older than its lifetime (harvested, or a page left open for hours). */
    TICKET_EXPIRED(SampleStatus.SUSPECT),
    /** The survey device marker was not signed by the platform: made up or tampered with. */
    DEVICE_FORGED(SampleStatus.SUSPECT),
    /** Every item at the top score, answered quickly. */
    STRAIGHT_LINED_FAST(SampleStatus.SUSPECT),
    /** The same device answered for this shop within the repeat window. */
    REPEAT_DEVICE(SampleStatus.SUSPECT),
    /** The same phone number (salted hash) answered for this shop within the repeat window. */
    REPEAT_PHONE(SampleStatus.SUSPECT),
    /** This shop already has a sample for the repair order. */
    REPEAT_REPAIR_ORDER(SampleStatus.SUSPECT),
    /** Many samples for this shop from one network address in a short time. */
    ADDRESS_BURST(SampleStatus.SUSPECT),
    /** Sent over a per-address, per-network or per-device rate limit (never a per-shop one). */
    RATE_LIMITED(SampleStatus.SUSPECT),
    /** The QR code was rotated away before the answer came. */
    TOKEN_REVOKED(SampleStatus.INVALID),
    /** The shop is closed, or its dealer group is suspended or not collecting. */
    SHOP_INACTIVE(SampleStatus.INVALID);

    private final SampleStatus severity;

    Reason(SampleStatus severity) {
        this.severity = severity;
    }

    public SampleStatus severity() {
        return severity;
    }
}
