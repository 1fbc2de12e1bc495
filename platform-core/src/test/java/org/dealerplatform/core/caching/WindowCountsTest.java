package org.dealerplatform.core.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Counts per key and window, restarting with each window, never holding more keys than allowed. */
class WindowCountsTest {

    @Test
    void aKeyCountsWithinItsWindowAndStartsAfreshInTheNext() {
        WindowCounts counts = new WindowCounts(100);
        assertEquals(1, counts.add("a:203.0.113.9", 7));
        assertEquals(2, counts.add("a:203.0.113.9", 7));
        assertEquals(1, counts.add("a:203.0.113.10", 7), "another key has its own count");
        assertEquals(1, counts.add("a:203.0.113.9", 8), "the next window starts at one");
    }

    @Test
    void everNewKeysCannotGrowTheMapPastItsBound() {
        WindowCounts counts = new WindowCounts(1_000);
        for (int i = 0; i < 20_000; i++) {
            counts.add("a:2001:db8:" + Integer.toHexString(i) + "::/64", 7);
            assertTrue(counts.keys() <= 1_000, counts.keys() + " keys after " + i);
        }
    }
}
