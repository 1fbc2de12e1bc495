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
 * Submission rates of what a sender controls: its address (IPv4 address or IPv6 /64), its network
 * (IPv4 /24 or IPv6 /64) and its device marker, counted in one-minute windows in this JVM. Over a
 * limit a sample is still stored, marked RATE_LIMITED (SUSPECT), so a flood cannot push samples
 * into the scores. Never counted per shop: a flood against a shop would otherwise flag that shop's
 * genuine customers, who answer from other addresses and devices. Hard refusals are
 * {@link AnswerCeiling}'s.
 * <p>
 * At most {@code maxKeys} windows are held, however many addresses a flood comes from (IPv6 gives
 * one client 2^64): past minutes go first, then arbitrary windows ({@link Capacity}); a dropped
 * window only restarts that key's count for the minute.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_ADDRESS", defaultValue = "20")
    int perAddressPerMinute;

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_NETWORK", defaultValue = "120")
    int perNetworkPerMinute = 120;

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_DEVICE", defaultValue = "10")
    int perDevicePerMinute = 10;

    Clock clock = Clock.systemUTC();

    int maxKeys = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger count) {
    }

    /**
     * Counts one submission of the visitor; true when it is over any of its limits. An exempt
     * visitor ({@link ClientAddresses}) is not counted. An IPv6 visitor's address and network are
     * the same /64, counted once.
     */
    public boolean overLimit(Visitor visitor) {
        if (visitor.exempt()) {
            return false;
        }
        long minute = clock.millis() / 60_000;
        boolean address = visitor.address() != null && count("a:" + visitor.address(), minute) > perAddressPerMinute;
        boolean network = visitor.network() != null && !visitor.network().equals(visitor.address())
                && count("n:" + visitor.network(), minute) > perNetworkPerMinute;
        boolean device = visitor.deviceId() != null && count("d:" + visitor.deviceId(), minute) > perDevicePerMinute;
        return address || network || device;
    }

    /** How many windows are held (bounded by {@code maxKeys}). */
    int keys() {
        return windows.size();
    }

    private int count(String key, long minute) {
        Capacity.makeRoom(windows, maxKeys, w -> w.minute() < minute);
        Window window = windows.compute(key, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        return window.count().incrementAndGet();
    }
}
