package org.dealerplatform.core.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Hands composed messages to the SMTP server of their session and classifies each result instead
 * of throwing, so the outbox has a single place to decide between "retry later" and "failed for
 * good". {@link #send} uses a connection of its own; a {@link Batch} keeps one connection for
 * messages sent one after another (connecting, greeting, STARTTLS and login cost more round trips
 * than a whole message to a nearby server), and starts a fresh one after any failure, so a broken
 * connection is never used twice.
 *
 * <p>Only a 5xx about the recipient (RCPT TO) or about the message itself (DATA) fails for good.
 * A 5xx for our sender address or a failed login is our configuration, not the recipient's
 * fault: that is retried (the outbox still gives up after its bounded attempts), so fixing the
 * settings saves the month's run.
 */
public final class MailSender {

    public SendOutcome send(MimeMessage message) {
        try {
            Transport.send(message);
            return SendOutcome.accepted();
        } catch (MessagingException e) {
            return classify(e);
        } catch (RuntimeException e) {
            // e.g. IllegalStateException from a broken connection inside the transport
            return new SendOutcome(SendOutcome.Verdict.RETRY_LATER, 0, e.toString());
        }
    }

    /** A connection for messages sent one after another by one thread; close it when done. */
    public Batch batch(Session session) {
        return new Batch(session);
    }

    /**
     * One SMTP connection reused for a series of messages, each still sent and classified on its
     * own: its outcome is known before the next message goes out, so the caller records it message
     * by message, exactly as with {@link MailSender#send}. Not thread-safe (one SMTP dialogue).
     */
    public static final class Batch implements AutoCloseable {

        /** Many servers limit the messages per connection; a fresh one well before that limit. */
        static final int MESSAGES_PER_CONNECTION = 100;

        private final Session session;
        private Transport transport;
        private int sentOnThisConnection;

        private Batch(Session session) {
            this.session = session;
        }

        public SendOutcome send(MimeMessage message) {
            try {
                message.saveChanges();    // what Transport.send does first: headers from the content
                Transport connected = connected();
                connected.sendMessage(message, message.getAllRecipients());
                sentOnThisConnection++;
                return SendOutcome.accepted();
            } catch (MessagingException e) {
                disconnect();
                return classify(e);
            } catch (RuntimeException e) {
                disconnect();
                return new SendOutcome(SendOutcome.Verdict.RETRY_LATER, 0, e.toString());
            }
        }

        /**
         * The open connection, or a new one. isConnected() asks the server (NOOP), so a connection
         * the server dropped while we were busy elsewhere is replaced instead of failing a message.
         */
        private Transport connected() throws MessagingException {
            if (transport != null && (sentOnThisConnection >= MESSAGES_PER_CONNECTION || !transport.isConnected())) {
                disconnect();
            }
            if (transport == null) {
                Transport fresh = session.getTransport("smtp");
                fresh.connect();
                transport = fresh;
                sentOnThisConnection = 0;
            }
            return transport;
        }

        private void disconnect() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException | RuntimeException e) {
                    // the connection is being dropped anyway; QUIT failing changes nothing
                }
                transport = null;
            }
        }

        @Override
        public void close() {
            disconnect();
        }
    }

    static SendOutcome classify(MessagingException failure) {
        for (Exception e = failure; e != null; e = e instanceof MessagingException m ? m.getNextException() : null) {
            if (e instanceof SMTPSenderFailedException sender) {
                return retry(sender.getReturnCode(), sender);
            }
            if (e instanceof SMTPAddressFailedException address) {
                return byCode(address.getReturnCode(), address);
            }
            if (e instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
                return byCode(send.getReturnCode(), send);
            }
        }
        return retry(0, failure);
    }

    private static SendOutcome byCode(int code, Exception e) {
        return code >= 500 && code < 600
                ? new SendOutcome(SendOutcome.Verdict.REFUSED_FOR_GOOD, code, describe(e))
                : retry(code, e);
    }

    private static SendOutcome retry(int code, Exception e) {
        return new SendOutcome(SendOutcome.Verdict.RETRY_LATER, code, describe(e));
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text += " (" + cause + ")";
        }
        return HeaderText.oneLine(text);
    }
}
