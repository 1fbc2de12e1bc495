package org.dealerplatform.alerts.mail;

/** What became of an alert's new-alert mail when it was planned (column {@code mail_mode}). */
public enum MailMode {
    /** Mailed on its own to every manager of the shop. */
    EACH,
    /** Waits for the shop's next daily digest. */
    DIGEST,
    /** The shop had no manager with an address: nobody to tell (the inbox still shows it). */
    NONE;

    /**
     * The mode for a new alert. A digest shop's alert waits for the digest even when nobody could
     * read it today: a manager added before the digest still gets it.
     */
    public static MailMode forNewAlert(boolean shopWantsDigest, int managers) {
        if (shopWantsDigest) {
            return DIGEST;
        }
        return managers == 0 ? NONE : EACH;
    }
}
