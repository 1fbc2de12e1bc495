package org.dealerplatform.core.domain;

/**
 * An entity refused a value or a change. Carries the field the client knows it by, so the API
 * answers 400 with a field error and the console marks the field.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Trims a required text and checks its length; the result is what gets stored. */
    public static String requiredText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new RuleViolation(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
