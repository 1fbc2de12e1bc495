package org.dealerplatform.core.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Remembered answers expire, and the number of keys held has a hard bound whatever the keys asked for. */
class ShortLivedTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void remembersUntilTheLifetimeEnds() {
        AtomicInteger loads = new AtomicInteger();
        ShortLived<String, String> cache = new ShortLived<>(Duration.ofSeconds(10), NOW);
        cache.get("a", k -> Optional.of("A" + loads.incrementAndGet()));
        assertEquals(Optional.of("A1"), cache.get("a", k -> Optional.of("A" + loads.incrementAndGet())));
        ShortLived<String, String> later = new ShortLived<>(Duration.ofSeconds(10), Clock.offset(NOW, Duration.ofSeconds(11)));
        later.get("a", k -> Optional.of("A"));
        assertEquals(Optional.of("B"), later.get("b", k -> Optional.of("B")));
    }

    @Test
    void aClearedCacheLoadsAgain() {
        AtomicInteger loads = new AtomicInteger();
        ShortLived<String, String> cache = new ShortLived<>(Duration.ofSeconds(10), NOW);
        cache.get("a", k -> Optional.of("A" + loads.incrementAndGet()));
        cache.clear();    // the data changed on another node
        assertEquals(Optional.of("A2"), cache.get("a", k -> Optional.of("A" + loads.incrementAndGet())));
        assertEquals(1, cache.size());
    }

    /** What was read before a change committed is not kept after the change emptied the cache. */
    @Test
    void aLoadOvertakenByAChangeIsNotRemembered() {
        AtomicInteger loads = new AtomicInteger();
        ShortLived<String, String> cache = new ShortLived<>(Duration.ofSeconds(10), NOW);
        // the load reads the old modules, then the change commits and empties the cache, then the load returns
        assertEquals("without alerts", cache.get("demo-group-a", k -> {
            loads.incrementAndGet();
            cache.clear();
            return Optional.of("without alerts");
        }).orElseThrow());
        assertEquals("with alerts", cache.get("demo-group-a", k -> {
            loads.incrementAndGet();
            return Optional.of("with alerts");
        }).orElseThrow(), "the next request reads again");
        assertEquals(2, loads.get());
        assertEquals("with alerts", cache.get("demo-group-a", k -> Optional.of("never read")).orElseThrow(),
                "and that answer is remembered");

        cache.get("A1", k -> {
            cache.forget("other");
            return Optional.of("old A1");
        });
        assertEquals("new A1", cache.get("A1", k -> Optional.of("new A1")).orElseThrow(), "the same for one key forgotten");
    }

    @Test
    void unknownKeysAreNotKept() {
        ShortLived<String, String> cache = new ShortLived<>(Duration.ofSeconds(10), 100, NOW);
        for (int i = 0; i < 10_000; i++) {
            cache.get("no-such-token-" + i, k -> Optional.empty());
        }
        assertEquals(0, cache.size());
    }

    @Test
    void neverHoldsMoreThanItsBoundEvenWhenEveryEntryIsFresh() {
        ShortLived<String, String> cache = new ShortLived<>(Duration.ofMinutes(10), 1_000, NOW);
        for (int i = 0; i < 200_000; i++) {
            cache.get("key-" + i, k -> Optional.of(k));
            assertTrue(cache.size() <= 1_000, "held " + cache.size() + " after " + i);
        }
        assertEquals(Optional.of("key-199999"), cache.get("key-199999", k -> Optional.of("reloaded")),
                "the newest entry is kept");
    }

    @Test
    void capacityDropsStaleEntriesFirst() {
        Map<String, Integer> map = new ConcurrentHashMap<>();
        for (int i = 0; i < 100; i++) {
            map.put("k" + i, i);
        }
        Capacity.makeRoom(map, 100, v -> v >= 50);
        assertEquals(50, map.size());
        assertTrue(map.values().stream().allMatch(v -> v < 50), "only the stale half went");

        Map<String, Integer> full = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            full.put("k" + i, i);
        }
        Capacity.makeRoom(full, 100, v -> false);
        assertEquals(90, full.size(), "nothing stale: down to 90 % of the bound");
        Capacity.makeRoom(full, 100, v -> true);
        assertEquals(90, full.size(), "below the bound nothing is swept");
    }
}
