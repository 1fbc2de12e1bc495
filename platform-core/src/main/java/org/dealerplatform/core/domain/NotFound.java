package org.dealerplatform.core.domain;

/**
 * The object asked for does not exist, or belongs to a tenant the caller cannot see: both answer
 * the same (404), so nobody learns what another dealer group has.
 */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what + " not found");
    }
}
