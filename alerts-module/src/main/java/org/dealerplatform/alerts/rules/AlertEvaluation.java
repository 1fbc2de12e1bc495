package org.dealerplatform.alerts.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What a rule made of one sample: the conditions it met, in the rule's order; none, no alert. */
public record AlertEvaluation(List<Trigger> triggers) {

    public AlertEvaluation {
        triggers = List.copyOf(triggers);
    }

    public boolean raisesAlert() {
        return !triggers.isEmpty();
    }

    public Set<AlertCondition> conditions() {
        return triggers.stream().map(Trigger::condition)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertCondition.class)));
    }

    /** The reasons, one line each, for the alert mail and the inbox. */
    public List<String> describe(Locale locale) {
        return triggers.stream().map(t -> t.describe(locale)).toList();
    }
}
