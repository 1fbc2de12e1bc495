package org.dealerplatform.alerts.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dealerplatform.alerts.module.AlertTexts;
import org.dealerplatform.core.alerts.RatedItem;

/** One condition a sample met, with the figures the alert shows ("总分 52.30，低于 60"). */
public sealed interface Trigger {

    AlertCondition condition();

    /** One line for the alert's mail and page, in the reader's language. */
    String describe(Locale locale);

    record LowOverall(BigDecimal overall, int below) implements Trigger {
        @Override
        public AlertCondition condition() {
            return AlertCondition.LOW_OVERALL;
        }

        @Override
        public String describe(Locale locale) {
            return AlertTexts.format(locale, "trigger.lowOverall", overall.toPlainString(), below);
        }
    }

    /** Every question rated at or below the threshold, lowest first. */
    record LowItems(List<RatedItem> items, int atOrBelow) implements Trigger {
        public LowItems {
            items = List.copyOf(items);
        }

        @Override
        public AlertCondition condition() {
            return AlertCondition.LOW_ITEM;
        }

        @Override
        public String describe(Locale locale) {
            String separator = AlertTexts.format(locale, "list.separator");
            String listed = items.stream()
                    .map(i -> AlertTexts.format(locale, "trigger.item", i.dimension().label(locale), i.code(), i.rating()))
                    .collect(Collectors.joining(separator));
            return AlertTexts.format(locale, "trigger.lowItems", listed, atOrBelow);
        }
    }

    record LowRecommendation(int given, int atOrBelow) implements Trigger {
        @Override
        public AlertCondition condition() {
            return AlertCondition.LOW_RECOMMENDATION;
        }

        @Override
        public String describe(Locale locale) {
            return AlertTexts.format(locale, "trigger.lowRecommendation", given, atOrBelow);
        }
    }

    record Complaint() implements Trigger {
        @Override
        public AlertCondition condition() {
            return AlertCondition.COMPLAINT;
        }

        @Override
        public String describe(Locale locale) {
            return AlertTexts.format(locale, "trigger.complaint");
        }
    }
}
