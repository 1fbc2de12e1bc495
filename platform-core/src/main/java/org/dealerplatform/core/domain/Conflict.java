package org.dealerplatform.core.domain;

/**
 * The request is well-formed but collides with the object's state: a duplicate, a step the life
 * cycle does not allow now, a change to something already fixed. {@code field} names the part of
 * the request at fault (may be null).
 */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
