package org.dealerplatform.alerts.deadlines;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dealerplatform.core.domain.RuleViolation;
import org.dealerplatform.core.web.FieldError;

/**
 * How fast a dealer group's shops must act on an alert. Bounds keep a group's setting meaningful:
 * first contact within 1 hour to 7 days, closure within 1 to 30 days (30 days is also how long
 * contact data may be kept), and never a first contact due after the closure.
 */
public record ServiceLevels(Duration firstContactWithin, Duration closeWithin) {

    static final Duration FIRST_CONTACT_MIN = Duration.ofHours(1);
    static final Duration FIRST_CONTACT_MAX = Duration.ofDays(7);
    static final Duration CLOSE_MIN = Duration.ofDays(1);
    static final Duration CLOSE_MAX = Duration.ofDays(30);

    /** After the bounds: a static initialiser runs in the order written. */
    public static final ServiceLevels DEFAULT = new ServiceLevels(Duration.ofHours(24), Duration.ofDays(7));

    public ServiceLevels {
        Objects.requireNonNull(firstContactWithin, "firstContactWithin");
        Objects.requireNonNull(closeWithin, "closeWithin");
        if (firstContactWithin.compareTo(FIRST_CONTACT_MIN) < 0 || firstContactWithin.compareTo(FIRST_CONTACT_MAX) > 0) {
            throw new RuleViolation("firstContactWithinHours", "must be from 1 hour to 7 days (168 hours)");
        }
        if (closeWithin.compareTo(CLOSE_MIN) < 0 || closeWithin.compareTo(CLOSE_MAX) > 0) {
            throw new RuleViolation("closeWithinDays", "must be from 1 to 30 days");
        }
        if (firstContactWithin.compareTo(closeWithin) > 0) {
            throw new RuleViolation("firstContactWithinHours", "cannot be later than the closure deadline");
        }
    }

    /** As a group admin sets them: whole hours and whole days. */
    public static ServiceLevels of(int firstContactWithinHours, int closeWithinDays) {
        return new ServiceLevels(Duration.ofHours(firstContactWithinHours), Duration.ofDays(closeWithinDays));
    }

    /**
     * Every reason a group admin's values cannot be their service levels, one per field, for a form
     * that marks them all at once; empty when {@link #of} will take them.
     */
    public static List<FieldError> refusalsOf(Integer firstContactWithinHours, Integer closeWithinDays) {
        List<FieldError> refusals = new ArrayList<>();
        long maxHours = FIRST_CONTACT_MAX.toHours();
        if (firstContactWithinHours == null) {
            refusals.add(new FieldError("firstContactWithinHours", "is required: whole hours from 1 to " + maxHours));
        } else if (firstContactWithinHours < FIRST_CONTACT_MIN.toHours() || firstContactWithinHours > maxHours) {
            refusals.add(new FieldError("firstContactWithinHours", "must be from 1 hour to 7 days (168 hours)"));
        }
        if (closeWithinDays == null) {
            refusals.add(new FieldError("closeWithinDays", "is required: whole days from 1 to " + CLOSE_MAX.toDays()));
        } else if (closeWithinDays < CLOSE_MIN.toDays() || closeWithinDays > CLOSE_MAX.toDays()) {
            refusals.add(new FieldError("closeWithinDays", "must be from 1 to 30 days"));
        }
        if (refusals.isEmpty() && Duration.ofHours(firstContactWithinHours).compareTo(Duration.ofDays(closeWithinDays)) > 0) {
            refusals.add(new FieldError("firstContactWithinHours", "cannot be later than the closure deadline"));
        }
        return List.copyOf(refusals);
    }

    public long firstContactWithinHours() {
        return firstContactWithin.toHours();
    }

    public long closeWithinDays() {
        return closeWithin.toDays();
    }
}
