package org.dealerplatform.core.caching;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A hard bound on the number of keys of an in-memory map whose keys come from outside (network
 * addresses, tokens, tenants). Without one, whoever can vary the key grows the map until the JVM
 * runs out of memory: one IPv6 client alone has 2^64 addresses. Call {@link #makeRoom} before
 * adding a key: when the map is full, entries that no longer matter go first; if it is still
 * above 90 % of its bound, arbitrary entries go until it is not, so the sweep is paid once per
 * tenth of the bound rather than on every insert. Losing an entry only costs a reload (a cache)
 * or restarts one key's count (a rate window), never correctness.
 * <p>
 * Concurrent inserts may overshoot the bound by at most the number of threads inserting at once.
 */
public final class Capacity {

    private Capacity() {
    }

    public static <K, V> void makeRoom(Map<K, V> map, int maxEntries, Predicate<? super V> stale) {
        if (map.size() < maxEntries) {
            return;
        }
        map.values().removeIf(stale);
        int target = maxEntries - Math.max(1, maxEntries / 10);
        Iterator<V> values = map.values().iterator();
        while (map.size() > target && values.hasNext()) {
            values.next();
            values.remove();
        }
    }
}
