package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Limits per minute on what the sender controls (address, network, device), never on the shop;
 * a new minute starts afresh.
 */
class RateLimitsTest {

    static RateLimits limits(Instant now) {
        RateLimits limits = new RateLimits();
        limits.perAddressPerMinute = 3;
        limits.perNetworkPerMinute = 5;
        limits.perDevicePerMinute = 2;
        limits.clock = Clock.fixed(now, ZoneOffset.UTC);
        return limits;
    }

    static Visitor at(String ipv4) {
        return new Visitor(null, ipv4, "key", ipv4.substring(0, ipv4.lastIndexOf('.')) + ".0/24", false, false);
    }

    @Test
    void oneAddressIsLimitedPerMinute() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        for (int i = 0; i < 3; i++) {
            assertFalse(limits.overLimit(at("203.0.113.1")));
        }
        assertTrue(limits.overLimit(at("203.0.113.1")));
        assertFalse(limits.overLimit(at("198.51.100.1")), "another address is not affected");
        limits.clock = Clock.fixed(Instant.parse("2026-05-01T10:01:00Z"), ZoneOffset.UTC);
        assertFalse(limits.overLimit(at("203.0.113.1")), "the next minute starts afresh");
    }

    @Test
    void oneNetworkIsLimitedPerMinuteWhateverItsAddresses() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        for (int i = 1; i <= 5; i++) {
            assertFalse(limits.overLimit(at("203.0.113." + i)));
        }
        assertTrue(limits.overLimit(at("203.0.113.99")), "the sixth from one /24");
        assertFalse(limits.overLimit(at("203.0.114.99")), "the next /24 is another network");
    }

    @Test
    void anIpv6Slash64IsOneAddressCountedOnce() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        Visitor v6 = new Visitor(null, "2001:db8:1:2:0:0:0:0/64", "key", "2001:db8:1:2:0:0:0:0/64", false, false);
        for (int i = 0; i < 3; i++) {
            assertFalse(limits.overLimit(v6));
        }
        assertTrue(limits.overLimit(v6));
    }

    @Test
    void oneDeviceIsLimitedPerMinuteFromAnyAddress() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        assertFalse(limits.overLimit(new Visitor("device-1", "203.0.113.1", "k", "203.0.113.0/24", false, false)));
        assertFalse(limits.overLimit(new Visitor("device-1", "198.51.100.1", "k", "198.51.100.0/24", false, false)));
        assertTrue(limits.overLimit(new Visitor("device-1", "192.0.2.1", "k", "192.0.2.0/24", false, false)));
    }

    @Test
    void aFloodAgainstAShopFlagsOnlyTheFlooder() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        for (int i = 0; i < 1_000; i++) {
            limits.overLimit(new Visitor("flood-device", "203.0.113.66", "k" + i, "203.0.113.0/24", false, false));
        }
        assertFalse(limits.overLimit(new Visitor("customer-device", "198.51.100.20", "c", "198.51.100.0/24", false, false)),
                "the shop's customer from elsewhere is not marked; there is no per-shop limit");
    }

    @Test
    void anExemptAddressIsNotCounted() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        for (int i = 0; i < 100; i++) {
            assertFalse(limits.overLimit(new Visitor("d", "127.0.0.1", "k", "127.0.0.0/24", false, true)));
        }
        assertTrue(limits.keys() == 0);
    }

    @Test
    void aFloodFromEverMoreAddressesCannotGrowTheWindowsPastTheirBound() {
        RateLimits limits = limits(Instant.parse("2026-05-01T10:00:10Z"));
        limits.perAddressPerMinute = 1_000_000;
        limits.perNetworkPerMinute = 1_000_000;
        limits.local.maxKeys(1_000);
        for (int i = 0; i < 100_000; i++) {
            limits.overLimit(at("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)));
            assertTrue(limits.keys() <= 1_000, limits.keys() + " windows after " + i + " addresses");
        }
        limits.clock = Clock.fixed(Instant.parse("2026-05-01T10:01:10Z"), ZoneOffset.UTC);
        for (int i = 0; i < 1_000; i++) {
            limits.overLimit(at("11.0." + (i >> 8 & 255) + "." + (i & 255)));
        }
        assertTrue(limits.keys() <= 1_000);
    }
}
