package org.dealerplatform.alerts.callback;

import java.time.Instant;
import java.util.Optional;
import org.dealerplatform.alerts.rules.AlertRule;
import org.dealerplatform.core.alerts.AlertOffers;
import org.dealerplatform.core.alerts.AlertSamples.SubmittedSample;

/**
 * When a customer is offered a call-back: the sample came through this survey link, was submitted
 * within the last hour, and its answers meet the group's effective alert rule (none when the
 * group has not enabled alerts). Screening's verdict plays no part: see {@link AlertOffers}.
 */
final class OfferRule {

    private OfferRule() {
    }

    static boolean offers(SubmittedSample sample, String linkToken, Optional<AlertRule> rule, Instant now) {
        if (!sample.linkToken().equals(linkToken) || rule.isEmpty()) {
            return false;
        }
        Instant until = sample.submittedAt().plus(AlertOffers.ANSWER_WITHIN);
        return !now.isAfter(until) && rule.get().evaluate(sample.answers()).raisesAlert();
    }
}
