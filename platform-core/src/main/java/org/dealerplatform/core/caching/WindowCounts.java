package org.dealerplatform.core.caching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts per key in numbered windows (a minute since the epoch, say), in this JVM: the count of a
 * key restarts when its window changes. At most {@code maxKeys} keys are held ({@link Capacity}),
 * past windows going first, so ever new keys cannot grow the map. Used where no data grid is
 * running; with one, the counts are the grid's ({@code core.cluster.SharedCounts}).
 */
public final class WindowCounts {

    private record Window(long number, AtomicInteger count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile int maxKeys;

    public WindowCounts(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    /** Counts one for the key in the window and answers the count so far, this one included. */
    public int add(String key, long window) {
        Capacity.makeRoom(windows, maxKeys, w -> w.number() < window);
        Window current = windows.compute(key, (k, w) -> w == null || w.number() != window
                ? new Window(window, new AtomicInteger()) : w);
        return current.count().incrementAndGet();
    }

    /** How many keys are held (bounded by {@code maxKeys}). */
    public int keys() {
        return windows.size();
    }

    public void maxKeys(int maxKeys) {
        this.maxKeys = maxKeys;
    }
}
