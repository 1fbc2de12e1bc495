package org.dealerplatform.survey.collection;

/** An answer refused because its address is over the hard ceiling; it may come back after {@code retryAfterSeconds}. */
public class CeilingReached extends RuntimeException {

    private final int retryAfterSeconds;

    CeilingReached(int retryAfterSeconds) {
        super("too many answers from this network address just now; send again in " + retryAfterSeconds + " s",
                null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
