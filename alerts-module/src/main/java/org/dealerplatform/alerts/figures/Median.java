package org.dealerplatform.alerts.figures;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

/** The median of durations: the middle one, or the mean of the middle two (to the millisecond) for an even count. */
public final class Median {

    private Median() {
    }

    public static Optional<Duration> of(Collection<Duration> durations) {
        if (durations.isEmpty()) {
            return Optional.empty();
        }
        long[] millis = durations.stream().mapToLong(Duration::toMillis).sorted().toArray();
        int middle = millis.length / 2;
        if (millis.length % 2 == 1) {
            return Optional.of(Duration.ofMillis(millis[middle]));
        }
        // halves first: two long durations must not overflow when added
        return Optional.of(Duration.ofMillis(millis[middle - 1] / 2 + millis[middle] / 2
                + (millis[middle - 1] % 2 + millis[middle] % 2) / 2));
    }
}
