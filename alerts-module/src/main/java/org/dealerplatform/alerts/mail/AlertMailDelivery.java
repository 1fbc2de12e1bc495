package org.dealerplatform.alerts.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.dealerplatform.core.mail.MailComposer;
import org.dealerplatform.core.mail.MailSender;
import org.dealerplatform.core.mail.OutgoingMail;
import org.dealerplatform.core.mail.SendOutcome;

/**
 * Sends due alert mail: claims a row, sends it outside any database transaction (a slow SMTP
 * server must hold no locks), records the outcome under the claim, then the next row. The rows of
 * a tick share one SMTP connection. The session is built on first use, so an installation without
 * mail settings still starts and its rows wait, retrying, until the settings are fixed.
 */
@ApplicationScoped
public class AlertMailDelivery {

    private static final Logger LOG = Logger.getLogger(AlertMailDelivery.class.getName());
    /** Rows per tick: a burst of alerts goes out within a tick or two, and a tick still ends soon. */
    static final int BATCH = 200;

    @Inject
    AlertOutbox outbox;

    @Inject
    AlertMailSettings settings;

    private final MailSender sender = new MailSender();
    private volatile MailComposer composer;

    /** Sends what is due; returns how many mails the server took. */
    public int sendDue(String node) {
        List<String> due = outbox.due(Instant.now(), settings.lease(), BATCH);
        if (due.isEmpty()) {
            return 0;
        }
        MailComposer current;
        try {
            current = composer();
        } catch (RuntimeException e) {
            LOG.warning("alert mail waits for valid mail settings: " + e.getMessage());
            return 0;
        }
        RetryPolicy retry = settings.retry();
        int sent = 0;
        try (MailSender.Batch connection = sender.batch(current.session())) {
            for (String id : due) {
                Optional<AlertOutbox.Queued> claimed = outbox.claim(id, node, Instant.now(), settings.lease());
                if (claimed.isEmpty()) {
                    continue;
                }
                AlertOutbox.Queued row = claimed.get();
                if (row.attempts() > retry.maxAttempts()) {
                    outbox.fail(row, node, "attempts used up (the node died while sending)", Instant.now());
                    continue;
                }
                SendOutcome outcome = send(current, connection, row);
                Instant now = Instant.now();
                boolean recorded = switch (outcome.verdict()) {
                    case SENT -> outbox.markSent(row, node, now);
                    case RETRY_LATER -> outbox.retryOrFail(row, node, retry.nextAttempt(row.attempts(), row.queuedAt(),
                            now), outcome.detail(), now);
                    case REFUSED_FOR_GOOD -> outbox.fail(row, node, outcome.detail(), now);
                };
                if (outcome.sent()) {
                    sent++;
                }
                if (!recorded) {
                    LOG.warning("alert mail " + row.id() + " was taken over by another node before it was settled");
                }
            }
        }
        return sent;
    }

    private static SendOutcome send(MailComposer composer, MailSender.Batch connection, AlertOutbox.Queued row) {
        MimeMessage message;
        try {
            message = composer.compose(new OutgoingMail(row.to(), null, row.subject(), row.text(), row.html(),
                    List.of(), List.of(), row.messageId(), null, null));
        } catch (MessagingException | IllegalArgumentException e) {
            return new SendOutcome(SendOutcome.Verdict.REFUSED_FOR_GOOD, 0, "cannot compose: " + e.getMessage());
        }
        return connection.send(message);
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

    /** The domain of the platform's sender address, for Message-IDs; a fixed one while mail is not set up. */
    public String senderDomain() {
        try {
            return settings.mail().sender().domain();
        } catch (RuntimeException e) {
            return "dealer-platform.invalid";
        }
    }
}
