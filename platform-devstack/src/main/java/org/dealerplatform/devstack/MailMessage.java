package org.dealerplatform.devstack;

import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A message as the SMTP server stored it. Subject and names are decoded (RFC 2047), addresses are
 * bare. {@code mime} is the raw message exactly as received, one character per byte, the way
 * GreenMail's API serves it; {@link #parsed()} gives the parts (HTML, inline images, attachments).
 */
public record MailMessage(String uid, String messageId, String subject, String from, String fromName,
                          List<String> to, String mime) {

    private static final Session PARSING_ONLY = Session.getInstance(new Properties());

    static MailMessage of(JsonObject json) {
        // GreenMail writes the uid as a string; its OpenAPI file says number
        String uid = json.get("uid").toString().replace("\"", "");
        String mime = json.getString("mimeMessage");
        MailMessage unparsed = new MailMessage(uid, null, null, null, null, List.of(), mime);
        try {
            MimeMessage message = unparsed.parsed();
            Address[] senders = message.getFrom();
            InternetAddress sender = senders == null || senders.length == 0 ? null : (InternetAddress) senders[0];
            Address[] recipients = message.getRecipients(Message.RecipientType.TO);
            List<String> to = recipients == null ? List.of()
                    : Arrays.stream(recipients).map(a -> ((InternetAddress) a).getAddress()).toList();
            return new MailMessage(uid, message.getMessageID(), message.getSubject(),
                    sender == null ? null : sender.getAddress(), sender == null ? null : sender.getPersonal(), to, mime);
        } catch (MessagingException e) {
            throw new IllegalStateException("GreenMail returned a message that does not parse (uid " + uid + ")", e);
        }
    }

    /** The message as Jakarta Mail reads it, for its parts and headers. */
    public MimeMessage parsed() {
        try {
            return new MimeMessage(PARSING_ONLY, new ByteArrayInputStream(mime.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (MessagingException e) {
            throw new IllegalStateException("not a MIME message (uid " + uid + ")", e);
        }
    }
}
