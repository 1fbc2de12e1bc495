package org.dealerplatform.reporting.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.dealerplatform.core.mail.MailComposer;
import org.dealerplatform.core.mail.MailSender;
import org.dealerplatform.core.mail.OutgoingMail;
import org.dealerplatform.core.mail.SendOutcome;
import org.dealerplatform.reporting.runs.ReportSettings;

/**
 * Hands report mail to the configured SMTP server. The session is built on first use, not at
 * deployment: an installation without mail settings still starts, and its rows wait (retrying)
 * until the settings are fixed.
 */
@ApplicationScoped
public class ReportMailer {

    @Inject
    ReportSettings settings;

    private final MailSender sender = new MailSender();
    private volatile MailComposer composer;

    public SendOutcome send(OutgoingMail mail) {
        try (Batch batch = batch()) {
            return batch.send(mail);
        }
    }

    /**
     * For mails sent one after another by one thread (a delivery tick): one SMTP connection for all
     * of them (see {@link MailSender.Batch}), each mail still classified on its own. Close it when done.
     */
    public Batch batch() {
        return new Batch();
    }

    public final class Batch implements AutoCloseable {
        private MailSender.Batch connection;

        private Batch() {
        }

        public SendOutcome send(OutgoingMail mail) {
            MailComposer current;
            try {
                current = composer();
            } catch (RuntimeException e) {
                return new SendOutcome(SendOutcome.Verdict.RETRY_LATER, 0, "mail settings: " + e.getMessage());
            }
            MimeMessage message;
            try {
                message = current.compose(mail);
            } catch (MessagingException e) {
                return new SendOutcome(SendOutcome.Verdict.REFUSED_FOR_GOOD, 0, "cannot compose: " + e.getMessage());
            }
            if (connection == null) {
                connection = sender.batch(current.session());
            }
            return connection.send(message);
        }

        @Override
        public void close() {
            if (connection != null) {
                connection.close();
            }
        }
    }

    private MailComposer composer() {
        MailComposer known = composer;
        if (known == null) {
            var mail = settings.mail();
            known = new MailComposer(mail.newSession(), mail, Clock.systemUTC());
            composer = known;
        }
        return known;
    }
}
