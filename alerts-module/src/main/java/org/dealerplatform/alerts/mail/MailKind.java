package org.dealerplatform.alerts.mail;

/** The three alert mails; the name goes into the outbox row and the Message-ID. */
public enum MailKind {
    /** One new alert, to the shop's managers. */
    NEW_ALERT,
    /** The shop's new alerts of a day, to its managers, when the shop chose a digest. */
    DIGEST,
    /** A case past its first-contact deadline, to the group's admins, once. */
    ESCALATION
}
