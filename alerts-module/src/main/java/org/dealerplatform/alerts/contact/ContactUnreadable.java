package org.dealerplatform.alerts.contact;

/**
 * Sealed contact data that cannot be opened. GCM cannot tell a wrong key from altered bytes or
 * a value copied from another alert's row, and neither should the message: all three mean "do
 * not trust this", and none may show a number. Never a reason to show anything but "no contact".
 */
public class ContactUnreadable extends RuntimeException {

    public enum Reason {
        /** Too short, or otherwise not something this platform sealed. */
        DAMAGED,
        /** Sealed under a key id this node does not hold (a rotation not configured here). */
        UNKNOWN_KEY,
        /** The authentication tag does not match: wrong key, altered, or another alert's value. */
        NOT_AUTHENTIC
    }

    private final Reason reason;

    ContactUnreadable(Reason reason, String alertId, String detail) {
        super("the contact data of alert " + alertId + " cannot be read: " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
