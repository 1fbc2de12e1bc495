package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import org.dealerplatform.core.caching.WindowCounts;
import org.dealerplatform.core.cluster.SharedCounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hard ceiling: more than {@code SURVEY_CEILING_PER_ADDRESS} answers in one minute from one
 * address (an IPv4 address or an IPv6 /64) are refused, not stored, with the seconds until the
 * minute is over. The window is a minute unless {@code SURVEY_CEILING_WINDOW_SECONDS} makes it
 * shorter (the test stack does, so that a test waiting for a window to pass waits seconds); it is
 * never longer, because the page promises the customer a new attempt within a minute. Below it nothing is refused: suspicious answers are kept and flagged
 * ({@link RateLimits}, screening). Keyed only on the sender's address, never on the shop, so a
 * flood against a shop stops at the flooder and the shop's customers elsewhere are not touched.
 * <p>
 * Counted across the cluster in these windows ({@link SharedCounts}), so the ceiling is the
 * same with any number of nodes. Without a data grid, per node and at most {@code maxKeys} of them
 * ({@link WindowCounts}): an attacker with ever new addresses cannot grow the map, only restart a count.
 */
@ApplicationScoped
public class AnswerCeiling {

    @Inject
    @ConfigProperty(name = "SURVEY_CEILING_PER_ADDRESS", defaultValue = "60")
    int perAddressPerWindow = 60;

    @Inject
    @ConfigProperty(name = "SURVEY_CEILING_WINDOW_SECONDS", defaultValue = "60")
    int windowSeconds = 60;

    Clock clock = Clock.systemUTC();

    @Inject
    SharedCounts shared;

    final WindowCounts local = new WindowCounts(100_000);

    /** Counts one answer from the visitor; throws {@link CeilingReached} when it is over the ceiling. */
    public void admit(Visitor visitor) {
        if (visitor.exempt() || visitor.address() == null) {
            return;
        }
        long millis = clock.millis();
        long windowMillis = Math.min(60, Math.max(1, windowSeconds)) * 1000L;
        long window = millis / windowMillis;
        OptionalInt clusterWide = shared == null ? OptionalInt.empty()
                : shared.add("ceiling:" + visitor.address(), window, Duration.ofMillis(windowMillis));
        int count = clusterWide.isPresent() ? clusterWide.getAsInt() : local.add(visitor.address(), window);
        if (count > perAddressPerWindow) {
            int retryAfter = (int) Math.max(1, (windowMillis - millis % windowMillis + 999) / 1000);
            throw new CeilingReached(retryAfter);
        }
    }

    /** How many windows are held (bounded by {@code maxKeys}). */
    int keys() {
        return local.keys();
    }
}
