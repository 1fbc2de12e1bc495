package org.dealerplatform.reporting.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
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
        MailComposer current;
        try {
            current = composer();
        } catch (RuntimeException e) {
            return new SendOutcome(SendOutcome.Verdict.RETRY_LATER, 0, "mail settings: " + e.getMessage());
        }
        try {
            return sender.send(current.compose(mail));
        } catch (MessagingException e) {
            return new SendOutcome(SendOutcome.Verdict.REFUSED_FOR_GOOD, 0, "cannot compose: " + e.getMessage());
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
