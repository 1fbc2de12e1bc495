package org.dealerplatform.reporting.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.dealerplatform.core.mail.MailAddress;
import org.dealerplatform.reporting.outbox.OutboxKey;
import org.dealerplatform.reporting.outbox.OutboxStore;
import org.dealerplatform.reporting.runs.ReportSettings;

/**
 * A group admin's "send it again", for the API and the console alike: a new outbox row with a key
 * suffix of its own, so a resend is a new message (its own Message-ID), never a retry of the old
 * one. An address that unsubscribed from the shop's report is still skipped by the worker.
 */
@ApplicationScoped
public class Resends {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OutboxStore outbox;

    @Inject
    ReportSettings settings;

    /** Queues the report for {@code to}; links in it point at PUBLIC_BASE_URL, else at the address the caller used. */
    public boolean queue(ArchivedReport report, MailAddress to, URI requestBase) {
        String suffix = "r" + HexFormat.of().formatHex(bytes());
        String base = settings.publicBaseUrl()
                .orElse(requestBase.getScheme() + "://" + requestBase.getRawAuthority());
        return outbox.queue(new OutboxStore.Mail(null, new OutboxKey(report.kind(), report.month(),
                report.subjectId() + "-" + suffix, to), report.shopId(), report.tenantId(), report.locale(), suffix,
                report.id(), base), Instant.now());
    }

    private static byte[] bytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }
}
