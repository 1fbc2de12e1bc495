package org.dealerplatform.core.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Counts that every node adds to: submissions per address and minute, so a limit means the same
 * with one node or five. Each count is one entry of a grid map, keyed by the key and its window,
 * updated by compare-and-set (no class of ours travels to the other nodes, only strings and
 * longs) and removed by the grid two windows after it was created.
 */
@ApplicationScoped
public class SharedCounts {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SharedCounts.class.getName());
    static final String MAP = "dealer-platform-counts";

    @Inject
    DataGrid grid;

    /**
     * Counts one for the key in the numbered window of the given length and answers the
     * cluster-wide count, this one included; empty when this node has no data grid.
     */
    public OptionalInt add(String key, long window, Duration windowLength) {
        try {
            return grid.instance().map(h -> OptionalInt.of(addInGrid(h, key + "@" + window, windowLength.multipliedBy(2))))
                    .orElse(OptionalInt.empty());
        } catch (RuntimeException e) {
            // the grid is regrouping (a node just died): count on this node rather than fail the answer
            LOG.fine(() -> "grid count of " + key + " failed (" + e + "), counted on this node");
            return OptionalInt.empty();
        }
    }

    private static int addInGrid(HazelcastInstance hazelcast, String key, Duration keep) {
        IMap<String, Integer> counts = hazelcast.getMap(MAP);
        long ttl = keep.toMillis();
        while (true) {
            Integer before = counts.putIfAbsent(key, 1, ttl, TimeUnit.MILLISECONDS);
            if (before == null) {
                return 1;
            }
            if (counts.replace(key, before, before + 1)) {
                // a replace clears the entry's time to live (Hazelcast 5.3): give it back
                counts.setTtl(key, ttl, TimeUnit.MILLISECONDS);
                return before + 1;
            }
        }
    }
}
