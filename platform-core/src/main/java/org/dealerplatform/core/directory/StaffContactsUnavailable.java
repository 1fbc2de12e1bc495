package org.dealerplatform.core.directory;

/** The identity provider could not say who the staff are right now; try again later. */
public class StaffContactsUnavailable extends RuntimeException {

    public StaffContactsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
