package org.dealerplatform.core.mail;

/**
 * What became of one message: the outbox decides from {@link #verdict()} whether to retry.
 *
 * @param detail the server's reply or the error, for the operator; may contain the address, so
 *               it is not for end users
 */
public record SendOutcome(Verdict verdict, int replyCode, String detail) {

    public enum Verdict {
        /** The server took responsibility for the message. */
        SENT,
        /** Connection refused, timeout, 4xx, or a fault on our side (login, sender): try again later. */
        RETRY_LATER,
        /** The server refused this recipient or this message with 5xx: retrying cannot help. */
        REFUSED_FOR_GOOD
    }

    static SendOutcome accepted() {
        return new SendOutcome(Verdict.SENT, 250, "accepted");
    }

    public boolean sent() {
        return verdict == Verdict.SENT;
    }
}
