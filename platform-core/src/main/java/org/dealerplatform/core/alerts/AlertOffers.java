package org.dealerplatform.core.alerts;

import java.util.Optional;

/**
 * Published by the alerts module for the survey pages: whether a just-submitted sample's answers
 * call for a call-back, and the customer's consent to one. The survey module asks through this and
 * never learns how alerts are judged or stored; without the alerts module (or with it not enabled
 * for the sample's dealer group) there is no implementation to ask, or it offers nothing.
 * <p>
 * The decision reads only the answers (by the same effective rule the alert scan applies) and the
 * time since submission, never screening's verdict: the customer learns nothing about how their
 * sample was classified, and a sample held for review still gets its alert, with the consent,
 * once accepted.
 */
public interface AlertOffers {

    /** How long after submitting the customer may still give consent. */
    java.time.Duration ANSWER_WITHIN = java.time.Duration.ofHours(1);

    /** The consent to offer for this sample, sent through this survey link; empty when there is none to offer. */
    Optional<ContactOffer> offerFor(String linkToken, String sampleId);

    /**
     * Keeps the customer's consent and number for the alert of this sample.
     *
     * @throws org.dealerplatform.core.domain.NotFound      when {@link #offerFor} offers nothing
     * @throws org.dealerplatform.core.domain.RuleViolation on field {@code phone} or {@code consentVersion}
     */
    void acceptCallback(String linkToken, String sampleId, String phone, String consentVersion);

    /** The consent a customer is asked for, in both languages of the page. */
    record ContactOffer(String consentVersion, ConsentWording zh, ConsentWording en) {

        public ConsentWording in(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }

    /** One language's consent: the box's label and the whole text (purpose, who sees it, how long it is kept). */
    record ConsentWording(String checkbox, String text) {
    }
}
