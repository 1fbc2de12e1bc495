package org.dealerplatform.reporting.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.core.mail.OutgoingMail;
import org.dealerplatform.core.mail.SendOutcome;
import org.dealerplatform.reporting.archive.ArchivedReport;
import org.dealerplatform.reporting.archive.ReportArchive;
import org.dealerplatform.reporting.outbox.Backoff;
import org.dealerplatform.reporting.outbox.OutboxEntry;
import org.dealerplatform.reporting.outbox.OutboxRow;
import org.dealerplatform.reporting.outbox.OutboxStore;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.ReportSubjects;
import org.dealerplatform.reporting.recipients.Recipients;
import org.dealerplatform.reporting.recipients.UnsubscribeLinks;
import org.dealerplatform.reporting.runs.ReportSettings;

/**
 * The second half of a run: claims due outbox rows one by one, sends each outside any database
 * transaction (a slow SMTP server must not hold locks), then records the outcome under the claim
 * before the next row is claimed. The rows of a tick share one SMTP connection (a fresh one after
 * any failure); that changes nothing in the outbox's rules, since every row is still settled on
 * its own as soon as the server has answered for it.
 * An address that unsubscribed since the row was queued is skipped, not sent.
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());
    /** Rows per tick: enough for a month's run within minutes, few enough that a tick ends soon. */
    private static final int BATCH = 200;

    @Inject
    OutboxStore outbox;

    @Inject
    ReportArchive archive;

    @Inject
    Recipients recipients;

    @Inject
    UnsubscribeLinks links;

    @Inject
    ReportMailer mailer;

    @Inject
    ReportSettings settings;

    private final Random random = new Random();

    public void sendDue(String node) {
        var backoff = settings.backoff();
        List<String> due = outbox.due(Instant.now(), settings.lease(), BATCH);
        if (due.isEmpty()) {
            return;
        }
        try (ReportMailer.Batch connection = mailer.batch()) {
            for (String id : due) {
                sendOne(id, node, backoff, connection);
            }
        }
    }

    private void sendOne(String id, String node, Backoff backoff, ReportMailer.Batch connection) {
        Optional<OutboxRow> claimed = outbox.claim(id, node, Instant.now(), settings.lease(), backoff);
        if (claimed.isEmpty()) {
            return;
        }
        OutboxRow row = claimed.get();
        OutboxEntry entry = row.entry();
        MailAddress to = entry.key().recipient();
        if (recipients.isUnsubscribed(to, unsubscribeScope(row))) {
            entry.skipUnsubscribed(Instant.now());
        } else {
            SendOutcome outcome = send(row, connection);
            switch (outcome.verdict()) {
                case SENT -> entry.markSent(Instant.now());
                case RETRY_LATER -> entry.deferAfterTransientFailure(outcome.detail(), Instant.now(), backoff, random);
                case REFUSED_FOR_GOOD -> entry.failForGood(outcome.detail(), Instant.now());
            }
        }
        if (!outbox.settle(row)) {
            LOG.warning(() -> "outbox row " + row.id() + " was taken over by another node before it was settled");
        }
    }

    private SendOutcome send(OutboxRow row, ReportMailer.Batch connection) {
        Optional<ArchivedReport> report = archive.byId(row.archiveId());
        if (report.isEmpty()) {
            return new SendOutcome(SendOutcome.Verdict.REFUSED_FOR_GOOD, 0, "archived report missing");
        }
        ArchivedReport r = report.get();
        MailAddress to = row.entry().key().recipient();
        String unsubscribe = links.url(row.baseUrl(), to, unsubscribeScope(row));
        OutgoingMail mail = new OutgoingMail(to, null, r.subject(), r.textFor(unsubscribe), r.htmlFor(unsubscribe),
                r.images().stream().map(i -> new OutgoingMail.InlineImage(i.contentId(), i.png())).toList(),
                List.of(OutgoingMail.Attachment.pdf(fileName(r), r.pdf())), row.messageId(), URI.create(unsubscribe),
                null);
        return connection.send(mail);
    }

    /** What the row's unsubscribe link names: the shop, the group or the national report. */
    static String unsubscribeScope(OutboxRow row) {
        ReportKind kind = row.entry().key().kind();
        return ReportSubjects.unsubscribeScope(kind, ReportSubjects.of(kind, row.tenantId(), row.shopId()));
    }

    static String fileName(ArchivedReport r) {
        boolean english = r.locale().equals("en");
        String name = switch (r.kind()) {
            case SHOP_MONTHLY -> english ? "service-report-" : "服务报告-";
            case GROUP_MONTHLY -> english ? "group-report-" : "集团报告-";
            case NATIONAL_MONTHLY -> english ? "national-report-" : "全国报告-";
        };
        return name + r.month() + ".pdf";
    }
}
