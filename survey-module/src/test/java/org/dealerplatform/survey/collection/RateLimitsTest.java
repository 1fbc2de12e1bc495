package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Per-address and per-shop limits per minute; a new minute starts afresh. */
class RateLimitsTest {

    static RateLimits limits(Instant now) {
        RateLimits limits = new RateLimits();
        limits.perAddressPerMinute = 3;
        limits.perShopPerMinute = 5;
        limits.clock = Clock.fixed(now, ZoneOffset.UTC);
        return limits;
    }

    @Test
    void oneAddressIsLimitedPerMinute() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        for (int i = 0; i < 3; i++) {
            assertFalse(limits.overLimit("addr-1", "shop-" + i));
        }
        assertTrue(limits.overLimit("addr-1", "shop-9"));
        assertFalse(limits.overLimit("addr-2", "shop-9"), "another address is not affected");
        limits.clock = Clock.fixed(Instant.parse("2026-05-01T10:01:00Z"), ZoneOffset.UTC);
        assertFalse(limits.overLimit("addr-1", "shop-9"), "the next minute starts afresh");
    }

    @Test
    void oneShopIsLimitedPerMinuteWhateverTheAddresses() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        for (int i = 0; i < 5; i++) {
            assertFalse(limits.overLimit("addr-" + i, "shop-1"));
        }
        assertTrue(limits.overLimit("addr-99", "shop-1"));
    }
}
