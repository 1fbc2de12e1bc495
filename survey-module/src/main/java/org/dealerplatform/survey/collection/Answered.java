package org.dealerplatform.survey.collection;

import org.dealerplatform.core.shops.ShopProfile;
import org.dealerplatform.survey.questionnaire.Questionnaire;

/** A validated submission with everything the pipeline established about it, ready to be stored. */
record Answered(Submission submission, ShopProfile shop, Questionnaire questionnaire, String linkToken,
                String deviceHash, String phoneHash, String addressHash, Integer durationSeconds,
                String idempotencyKey, String requestHash) {
}
