package org.dealerplatform.reporting.outbox;

/** A step the outbox rules do not allow from the row's current state: a bug or a lost race, never user input. */
public final class OutboxTransitionRefused extends IllegalStateException {

    public OutboxTransitionRefused(OutboxState from, String step) {
        super("outbox row in " + from + " cannot " + step);
    }
}
