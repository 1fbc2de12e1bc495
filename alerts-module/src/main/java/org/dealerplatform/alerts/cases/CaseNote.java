package org.dealerplatform.alerts.cases;

import java.time.Instant;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * A note on a case without a change of status: a call attempt, what the customer said. Written by
 * shop staff about a customer, so short and factual; never shown outside the case.
 */
public record CaseNote(Instant at, String by, String text) {

    public static final int MAX_LENGTH = 1000;

    public CaseNote {
        text = checkedText("note", text);
    }

    static String checkedText(String field, String text) {
        String given = RuleViolation.requiredText(field, text, Integer.MAX_VALUE);
        if (given.codePointCount(0, given.length()) > MAX_LENGTH) {
            throw new RuleViolation(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return given;
    }
}
