package org.dealerplatform.alerts.rules;

import java.util.List;
import org.dealerplatform.core.domain.RuleViolation;

/**
 * A group's alert rule that would alert on fewer samples than the national rule. A
 * {@link RuleViolation} on its first field (400 as it is); {@link #refusals()} has all of them for
 * a form that marks every field at once.
 */
public class StricterOnly extends RuleViolation {

    private final List<FieldRefusal> refusals;

    public StricterOnly(List<FieldRefusal> refusals) {
        super(refusals.get(0).field(), refusals.get(0).message());
        this.refusals = List.copyOf(refusals);
    }

    public List<FieldRefusal> refusals() {
        return refusals;
    }
}
