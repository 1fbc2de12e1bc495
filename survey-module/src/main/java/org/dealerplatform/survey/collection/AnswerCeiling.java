package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dealerplatform.core.caching.Capacity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hard ceiling: more than {@code SURVEY_CEILING_PER_ADDRESS} answers in one minute from one
 * address (an IPv4 address or an IPv6 /64) are refused, not stored, with the seconds until the
 * minute is over. Below it nothing is refused: suspicious answers are kept and flagged
 * ({@link RateLimits}, screening). Keyed only on the sender's address, never on the shop, so a
 * flood against a shop stops at the flooder and the shop's customers elsewhere are not touched.
 * <p>
 * Counted per node in one-minute windows, at most {@code maxKeys} of them ({@link Capacity}): an
 * attacker with ever new addresses cannot grow the map, only restart a count.
 */
@ApplicationScoped
public class AnswerCeiling {

    @Inject
    @ConfigProperty(name = "SURVEY_CEILING_PER_ADDRESS", defaultValue = "60")
    int perAddressPerMinute = 60;

    Clock clock = Clock.systemUTC();

    int maxKeys = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger count) {
    }

    /** Counts one answer from the visitor; throws {@link CeilingReached} when it is over the ceiling. */
    public void admit(Visitor visitor) {
        if (visitor.exempt() || visitor.address() == null) {
            return;
        }
        long millis = clock.millis();
        long minute = millis / 60_000;
        Capacity.makeRoom(windows, maxKeys, w -> w.minute() < minute);
        Window window = windows.compute(visitor.address(), (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        if (window.count().incrementAndGet() > perAddressPerMinute) {
            int retryAfter = (int) Math.max(1, (60_000 - millis % 60_000 + 999) / 1000);
            throw new CeilingReached(retryAfter);
        }
    }

    /** How many windows are held (bounded by {@code maxKeys}). */
    int keys() {
        return windows.size();
    }
}
