package org.dealerplatform.core.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Hands one composed message to the SMTP server of its session (one connection per message: a
 * monthly run is thousands of mails, not millions, and a fresh connection never inherits a
 * broken one) and classifies the result instead of throwing, so the outbox has a single place
 * to decide between "retry later" and "failed for good".
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
