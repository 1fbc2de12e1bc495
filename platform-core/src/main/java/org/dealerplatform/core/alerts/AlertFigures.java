package org.dealerplatform.core.alerts;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How one shop, dealer group or the nation handled its hot alerts in a period of whole months. The
 * one definition every page, report and API shows:
 * <ul>
 * <li>{@code alerts}: alerts raised for samples submitted in the period. A sample is filed in the
 * month of its submission on the Beijing calendar (Asia/Shanghai), as the scores file it, so an
 * alert on a sample accepted in review days later still belongs to the sample's month.</li>
 * <li>{@code validSamples}: the samples that count (VALID) in the same months and shops, from the
 * score rollups; {@link #shareAlerting()} is {@code alerts / validSamples}. Alerts are only raised
 * for samples that came to count after the module first ran for the group, so a month before that
 * shows a share that is too low.</li>
 * <li>{@code contacted}: of those alerts, the ones somebody has spoken to the customer about
 * (a first contact is recorded); {@link #medianToFirstContact()} is the median of "first contact
 * minus raised" over them (the mean of the middle two for an even count). Cases not yet contacted
 * do not enter it; {@code overdueNow} shows them.</li>
 * <li>{@code closed}, {@code resolved}: of those alerts, the ones closed now (RESOLVED or
 * NOT_RESOLVED) and the resolved ones; {@link #shareResolved()} is {@code resolved / closed}.</li>
 * <li>{@code overdueNow}: of those alerts, the ones past a service level at the time of reading:
 * still OPEN after the first-contact deadline, or not closed after the closure deadline.</li>
 * </ul>
 * A share or median without anything under it is empty, never 0. No figure names or reaches a
 * customer: there is no contact data and no comment here.
 */
public record AlertFigures(long alerts, long validSamples, long contacted, Duration medianToFirstContact,
                           long closed, long resolved, long overdueNow) {

    public static final AlertFigures NONE = new AlertFigures(0, 0, 0, null, 0, 0, 0);

    public AlertFigures {
        if (alerts < 0 || validSamples < 0 || contacted < 0 || closed < 0 || resolved < 0 || overdueNow < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (contacted > alerts || closed > alerts || resolved > closed || overdueNow > alerts) {
            throw new IllegalArgumentException("a part cannot exceed its whole");
        }
        if ((medianToFirstContact == null) != (contacted == 0)) {
            throw new IllegalArgumentException("a median exactly when somebody was contacted");
        }
    }

    /** Alerts per valid sample; empty without a valid sample. */
    public OptionalDouble shareAlerting() {
        return validSamples == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) alerts / validSamples);
    }

    /** Resolved per closed case; empty while none is closed. */
    public OptionalDouble shareResolved() {
        return closed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) resolved / closed);
    }

    public Optional<Duration> medianTimeToFirstContact() {
        return Optional.ofNullable(medianToFirstContact);
    }
}
