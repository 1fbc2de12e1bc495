package org.dealerplatform.core.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Clock;
import java.util.Date;

/**
 * Builds the MIME structure every report mail has:
 * <pre>
 * multipart/mixed
 *   multipart/related
 *     multipart/alternative [ text/plain UTF-8, text/html UTF-8 ]
 *     image/png (inline, Content-ID) ...
 *   attachments (e.g. application/pdf, RFC 2231 file name) ...
 * </pre>
 * Charts go in as inline PNG parts rather than data URIs or SVG because Gmail and Outlook show
 * neither.
 */
public final class MailComposer {

    private final Session session;
    private final MailSettings settings;
    private final Clock clock;

    public MailComposer(Session session, MailSettings settings, Clock clock) {
        this.session = session;
        this.settings = settings;
        this.clock = clock;
    }

    /** The session the composed messages belong to, for a {@link MailSender#batch} of them. */
    public Session session() {
        return session;
    }

    public MimeMessage compose(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, mail.messageId());
        message.setFrom(settings.sender().toInternetAddress(settings.senderName()));
        message.setRecipient(Message.RecipientType.TO, mail.to().toInternetAddress(mail.toName()));
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        // RFC 3834: out-of-office robots must not answer a report
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.unsubscribeUrl() != null) {
            String targets = "<" + mail.unsubscribeUrl().toASCIIString() + ">";
            if (mail.unsubscribeMailto() != null) {
                targets += ", <mailto:" + mail.unsubscribeMailto().value() + "?subject=unsubscribe>";
            }
            message.setHeader("List-Unsubscribe", targets);
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(wrap(related(mail)));
        for (OutgoingMail.Attachment attachment : mail.attachments()) {
            mixed.addBodyPart(attachment(attachment));
        }
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static MimeMultipart related(OutgoingMail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);

        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(wrap(alternative));
        for (OutgoingMail.InlineImage image : mail.images()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(image.png(), "image/png")));
            part.setContentID("<" + image.contentId() + ">");
            part.setDisposition(Part.INLINE);
            part.setFileName(image.contentId() + ".png");
            related.addBodyPart(part);
        }
        return related;
    }

    private static MimeBodyPart attachment(OutgoingMail.Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        part.setDisposition(Part.ATTACHMENT);
        // a non-ASCII name is written as RFC 2231 (filename*=UTF-8''...): Jakarta Mail's
        // mail.mime.encodeparameters system property defaults to true, and we never turn it off
        part.setFileName(attachment.fileName());
        return part;
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }
}
