package org.dealerplatform.alerts.mail;

/** A written mail: subject, plain text and HTML, in the recipient's language. */
public record MailContent(String subject, String text, String html) {
}
