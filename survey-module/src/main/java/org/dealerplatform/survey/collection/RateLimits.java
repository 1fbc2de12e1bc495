package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-address and per-shop submission rates, counted in one-minute windows in this JVM. Over a
 * limit a sample is still stored, marked RATE_LIMITED (SUSPECT): a busy shop's real customers are
 * never turned away, and a flood cannot push samples into the scores.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_ADDRESS", defaultValue = "20")
    int perAddressPerMinute;

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_SHOP", defaultValue = "120")
    int perShopPerMinute;

    Clock clock = Clock.systemUTC();

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(long minute, AtomicInteger count) {
    }

    /** Counts one submission; true when it is over either limit. */
    public boolean overLimit(String addressHash, String shopId) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > 50_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        boolean address = addressHash != null && count("a:" + addressHash, minute) > perAddressPerMinute;
        boolean shop = count("s:" + shopId, minute) > perShopPerMinute;
        return address || shop;
    }

    private int count(String key, long minute) {
        Window window = windows.compute(key, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, new AtomicInteger()) : w);
        return window.count().incrementAndGet();
    }
}
