package org.dealerplatform.reporting.archive;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.dealerplatform.reporting.outbox.ReportKind;
import org.dealerplatform.reporting.outbox.ReportSubjects;
import org.dealerplatform.reporting.render.InlineImage;

/**
 * A report as it was rendered for one subject (a shop; for group reports the group, {@code shopId}
 * null; for the national report neither, {@code tenantId} null too), month and language. The unsubscribe link in
 * {@code html} and {@code text} is {@link #UNSUBSCRIBE_PLACEHOLDER}, replaced per recipient when
 * the mail is sent: one rendering serves every recipient of that language.
 */
public record ArchivedReport(String id, String tenantId, String shopId, ReportKind kind, YearMonth month,
                             String locale, String subject, String html, String text, byte[] pdf,
                             List<InlineImage> images, Instant createdAt) {

    /** Only letters, digits and punctuation that no escaping (HTML, URL, text) changes. */
    public static final String UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/report-recipient-link";

    /** Whom the report is about, as the archive keys it. */
    public String subjectId() {
        return ReportSubjects.of(kind, tenantId, shopId);
    }

    /** The HTML and text with this recipient's own unsubscribe link. */
    public String htmlFor(String unsubscribeUrl) {
        return html.replace(UNSUBSCRIBE_PLACEHOLDER, htmlAttribute(unsubscribeUrl));
    }

    /**
     * The report as a browser shows it (console, API): the mail's charts are inline parts
     * ({@code cid:}), a page needs them in the document; no unsubscribe link, the reader is signed in.
     */
    public String browserHtml() {
        String html = htmlFor("#");
        for (var image : images()) {
            html = html.replace("cid:" + image.contentId(), image.dataUri());
        }
        return html;
    }

    public String textFor(String unsubscribeUrl) {
        return text.replace(UNSUBSCRIBE_PLACEHOLDER, unsubscribeUrl);
    }

    /** Summary of an archived report for lists: no bodies. */
    public record Entry(String id, String shopId, ReportKind kind, YearMonth month, String locale, String subject,
                        Instant createdAt) {
    }

    private static String htmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
