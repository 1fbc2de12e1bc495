package org.dealerplatform.core.domain;

/**
 * The request is well-formed but collides with the object's state: a duplicate, a step the life
 * cycle does not allow now, a change to something already fixed. {@code field} names the part of
 * the request at fault (may be null).
 */
public class Conflict extends RuntimeException {

    private final String field;
    private final boolean duplicate;

    public Conflict(String field, String message) {
        this(field, message, false);
    }

    private Conflict(String field, String message, boolean duplicate) {
        super(message);
        this.field = field;
        this.duplicate = duplicate;
    }

    /** The value of {@code field} is already taken by another object (a unique code, number or name). */
    public static Conflict duplicate(String field, String message) {
        return new Conflict(field, message, true);
    }

    public String field() {
        return field;
    }

    public boolean isDuplicate() {
        return duplicate;
    }
}
