package org.dealerplatform.reporting.outbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.dealerplatform.core.mail.MailAddress;

/**
 * What makes an outbox row unique, and so the unique key of its table: the same report to the
 * same person is queued once however often the run is started.
 *
 * @param addresseeId the shop id for a shop report, the group (tenant) id for a group report,
 *                    {@code national} for the association's report
 */
public record OutboxKey(ReportKind kind, YearMonth month, String addresseeId, MailAddress recipient) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public OutboxKey {
        if (kind == null || month == null || recipient == null) {
            throw new IllegalArgumentException("kind, month and recipient are required");
        }
        if (addresseeId == null || !ID.matcher(addresseeId).matches()) {
            throw new IllegalArgumentException("addressee id: 1..64 letters, digits, dash, underscore");
        }
    }

    /**
     * The same for every attempt at this mail, e.g.
     * {@code <report.SHOP_MONTHLY.2026-11.7f3c.1a2b3c4d5e6f7a8b@dealer-platform>}, so a retry or a
     * resend after a crash is recognisably the same message. The recipient appears only as a hash:
     * Message-IDs end up in other people's logs and references.
     */
    public String messageId() {
        return "<report." + kind + "." + month + "." + addresseeId + "." + recipientHash() + "@dealer-platform>";
    }

    private String recipientHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(recipient.value().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
