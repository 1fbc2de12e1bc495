package org.dealerplatform.core.security;

/** The token was not issued by our realm for us, or is no longer valid. Always answered with 401. */
public class InvalidTokenException extends Exception {
    public InvalidTokenException(String reason) {
        super(reason);
    }

    public InvalidTokenException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
