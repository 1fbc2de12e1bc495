package org.dealerplatform.alerts.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dealerplatform.alerts.contact.CallbackConsent;
import org.dealerplatform.alerts.rules.AlertRule;
import org.dealerplatform.alerts.rules.GroupAlertRule;
import org.dealerplatform.core.alerts.AlertAnswers;
import org.dealerplatform.core.alerts.AlertSamples.SubmittedSample;
import org.dealerplatform.core.alerts.RatedItem;
import org.dealerplatform.core.scores.Dimension;
import org.junit.jupiter.api.Test;

class OfferRuleTest {

    static final Instant SUBMITTED = Instant.parse("2026-03-02T08:00:00Z");
    static final Optional<AlertRule> NATIONAL = Optional.of(AlertRule.NATIONAL_DEFAULT);

    static SubmittedSample sample(double overall, int rating, Integer recommendation) {
        return new SubmittedSample("s-1", "demo-group-a", "shop-1", "tok-1", SUBMITTED, new AlertAnswers(overall,
                List.of(new RatedItem("Q1", Dimension.values()[0], rating)), recommendation, false));
    }

    @Test
    void aLowScoreThroughItsOwnLinkWithinTheHourIsOffered() {
        assertTrue(OfferRule.offers(sample(20, 2, 3), "tok-1", NATIONAL, SUBMITTED.plusSeconds(5)));
        assertTrue(OfferRule.offers(sample(20, 2, 3), "tok-1", NATIONAL, SUBMITTED.plusSeconds(3600)), "the hour's last second");
    }

    @Test
    void aHighScoreIsNotOffered() {
        assertFalse(OfferRule.offers(sample(95, 9, 10), "tok-1", NATIONAL, SUBMITTED.plusSeconds(5)));
    }

    @Test
    void afterTheHourAnotherLinkOrAGroupWithoutAlertsNothingIsOffered() {
        assertFalse(OfferRule.offers(sample(20, 2, 3), "tok-1", NATIONAL, SUBMITTED.plusSeconds(3601)));
        assertFalse(OfferRule.offers(sample(20, 2, 3), "tok-2", NATIONAL, SUBMITTED.plusSeconds(5)));
        assertFalse(OfferRule.offers(sample(20, 2, 3), "tok-1", Optional.empty(), SUBMITTED.plusSeconds(5)));
    }

    @Test
    void theGroupsStricterRuleDecidesAsTheScanDoes() {
        // 66 overall, nothing rated 4 or lower, recommendation 8: only a group rule "below 70" calls for a call-back
        SubmittedSample middling = sample(66, 7, 8);
        assertFalse(OfferRule.offers(middling, "tok-1", NATIONAL, SUBMITTED));
        Optional<AlertRule> stricter = Optional.of(AlertRule.NATIONAL_DEFAULT
                .withGroup(new GroupAlertRule(70, null, null, null)));
        assertTrue(OfferRule.offers(middling, "tok-1", stricter, SUBMITTED));
    }

    @Test
    void theOfferIsTheCurrentPublishedConsentInBothLanguages() {
        var offer = CallbackOffers.offer(CallbackConsent.CURRENT);
        assertEquals("callback-v1", offer.consentVersion());
        assertTrue(offer.zh().text().contains("30"), offer.zh().text());
        assertTrue(offer.en().text().contains("30"), offer.en().text());
        assertFalse(offer.zh().checkbox().equals(offer.en().checkbox()));
    }
}
