package org.dealerplatform.survey.collection;

/**
 * The survey device cookie as a request presents it. {@code id} is the whole cookie value: for a
 * {@link State#SIGNED} marker the device's identity, for a {@link State#FORGED} one what was sent
 * (kept so that samples from one forged value can still be grouped), null when there is none.
 */
public record DeviceMarker(State state, String id) {

    public enum State {
        /** Issued and signed by the platform. */
        SIGNED,
        /** Present but not signed by the platform: made up, altered, or from before markers were signed. */
        FORGED,
        /** No marker: a first visit, cookies switched off, or a client that leaves it out. */
        ABSENT
    }

    public boolean signed() {
        return state == State.SIGNED;
    }

    public boolean forged() {
        return state == State.FORGED;
    }
}
