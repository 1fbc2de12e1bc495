package org.dealerplatform.alerts.contact;

/**
 * What the customer reads before ticking the box, in one language: the box's label, then what
 * the number is for, who sees it and how long it is kept.
 */
public record ConsentText(String version, String checkbox, String purpose, String whoSees, String retention) {

    /** The whole text as one paragraph, for the API's {@code textZh} / {@code textEn}. */
    public String full() {
        return purpose + " " + whoSees + " " + retention;
    }
}
