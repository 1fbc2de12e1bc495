package org.dealerplatform.alerts.cases;

import org.dealerplatform.core.domain.Conflict;

/**
 * A step the case workflow does not allow from where the case stands. A core {@link Conflict} on
 * the field {@code to}: the API answers 409 with the reason, the console shows
 * {@link #messageKey()} in the user's language.
 */
public class TransitionRefused extends Conflict {

    private final CaseStatus from;
    private final CaseStatus to;
    private final String messageKey;

    TransitionRefused(CaseStatus from, CaseStatus to, String messageKey, String message) {
        super("to", "a case that is " + from + " cannot move to " + to + ": " + message);
        this.from = from;
        this.to = to;
        this.messageKey = messageKey;
    }

    public CaseStatus from() {
        return from;
    }

    public CaseStatus to() {
        return to;
    }

    public String messageKey() {
        return messageKey;
    }
}
