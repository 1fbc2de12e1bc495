package org.dealerplatform.core.mail;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One email to one recipient, as the caller means it; {@link MailComposer} turns it into MIME.
 *
 * @param messageId      the caller's stable id in angle brackets, e.g.
 *                       {@code <report.SHOP_MONTHLY.2026-11.shopid.recipienthash@dealer-platform>}:
 *                       a retry or a resend after a crash carries the same id, so mail clients
 *                       can tell a duplicate
 * @param unsubscribeUrl https URL for RFC 8058 one-click unsubscribe, or null for mail that is not
 *                       optional (then no List-Unsubscribe headers); plain http only on the loopback
 *                       host (localhost, 127.0.0.1, [::1]), where the demo stack and the tests run
 *                       and nothing crosses a network
 * @param unsubscribeMailto optional second List-Unsubscribe target, may be null
 */
public record OutgoingMail(MailAddress to, String toName, String subject, String text, String html,
                           List<InlineImage> images, List<Attachment> attachments, String messageId,
                           URI unsubscribeUrl, MailAddress unsubscribeMailto) {

    // RFC 5322 msg-id, restricted to printable ASCII without spaces, brackets or a second @
    private static final Pattern MESSAGE_ID = Pattern.compile("<[!-;=?A-~]{1,200}@[A-Za-z0-9.-]{1,100}>");
    // RFC 2392 content ids are addr-spec shaped (local@domain); the plain form is accepted too
    private static final Pattern CONTENT_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}(@[A-Za-z0-9.-]{1,100})?");

    public OutgoingMail {
        if (to == null || text == null || html == null) {
            throw new IllegalArgumentException("recipient, text and HTML are required");
        }
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("Message-ID must look like <local@domain>");
        }
        if (unsubscribeUrl != null && !isPlainHttps(unsubscribeUrl)) {
            throw new IllegalArgumentException("unsubscribe URL must be an absolute https URL (http only on loopback)");
        }
        if (unsubscribeMailto != null && unsubscribeUrl == null) {
            throw new IllegalArgumentException("one-click unsubscribe needs the https URL");
        }
        subject = HeaderText.oneLine(subject);
        toName = HeaderText.oneLine(toName);
        images = List.copyOf(images == null ? List.of() : images);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    private static boolean isPlainHttps(URI url) {
        String text = url.toASCIIString();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean secure = "https".equals(scheme) || "http".equals(scheme) && isLoopback(url.getHost());
        return url.isAbsolute() && secure
                && url.getHost() != null && text.length() <= 2000
                && text.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '<' && c != '>' && c != ',');
    }

    private static boolean isLoopback(String host) {
        return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
    }

    /** A PNG shown in the HTML as {@code <img src="cid:contentId">}. */
    public record InlineImage(String contentId, byte[] png) {
        public InlineImage {
            if (contentId == null || !CONTENT_ID.matcher(contentId).matches()) {
                throw new IllegalArgumentException("content id: letters, digits, dot, dash, underscore");
            }
            if (png == null || png.length == 0) {
                throw new IllegalArgumentException("empty image");
            }
        }
    }

    /** A file the recipient can save, such as the report as PDF; the name may be Chinese. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            fileName = HeaderText.oneLine(fileName).replaceAll("[/\\\\\"]", "_");
            if (fileName.isEmpty() || contentType == null || !contentType.matches("[a-z]+/[a-z0-9.+-]+")) {
                throw new IllegalArgumentException("attachment needs a name and a plain content type");
            }
            if (content == null) {
                throw new IllegalArgumentException("attachment content missing");
            }
        }

        public static Attachment pdf(String fileName, byte[] content) {
            return new Attachment(fileName, "application/pdf", content);
        }
    }
}
