package org.dealerplatform.deployment.alerts;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.dealerplatform.devstack.MailMessage;

/** The plain-text part of a mail as its reader sees it (decoded), for assertions on what it says. */
final class MailText {

    private MailText() {
    }

    static String of(MailMessage mail) {
        try {
            String text = plain(mail.parsed());
            if (text == null) {
                throw new AssertionError("no text/plain part in " + mail.messageId());
            }
            return text;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + mail.messageId(), e);
        }
    }

    private static String plain(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = plain(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
