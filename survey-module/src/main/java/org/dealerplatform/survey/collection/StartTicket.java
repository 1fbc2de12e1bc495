package org.dealerplatform.survey.collection;

import java.time.Instant;

/**
 * What a start ticket says once its signature is checked. {@code view} is the random id of the
 * page view that issued it (null unless the signature holds); {@code seconds} how long ago that was
 * (null unless the ticket is {@link State#GOOD} or {@link State#EXPIRED}); {@code expires} when it
 * stops being good, which is also how long its use must be remembered.
 */
public record StartTicket(State state, String view, Integer seconds, Instant expires) {

    public enum State {
        /** Signed by the platform for this survey link, within its lifetime. */
        GOOD,
        /** Signed by the platform for this link, but older than its lifetime. */
        EXPIRED,
        /** Not signed by the platform for this link: made up, tampered with, or another link's. */
        FORGED,
        /** None was sent. */
        ABSENT
    }

    static StartTicket absent() {
        return new StartTicket(State.ABSENT, null, null, null);
    }

    static StartTicket forged() {
        return new StartTicket(State.FORGED, null, null, null);
    }

    public boolean good() {
        return state == State.GOOD;
    }

    /** Answering time for screening: known from any ticket the platform signed (good or expired). */
    public Integer durationSeconds() {
        return seconds;
    }

    public boolean expired() {
        return state == State.EXPIRED;
    }
}
