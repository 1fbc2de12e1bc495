package org.dealerplatform.core.caching;

import com.hazelcast.topic.ITopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import org.dealerplatform.core.cluster.DataGrid;

/**
 * Makes a {@link ShortLived} cache forget on every node when its data changes. A cache is
 * {@linkplain #register registered} under a name; whoever changes the data calls
 * {@link #changed} after the change commits, which empties the caches of that name here and
 * sends the name over the data grid, so the other nodes empty theirs within milliseconds rather
 * than when their entries expire. A rotated survey code is refused everywhere at once.
 * <p>
 * The names are published here so the module that changes the data and the module that caches
 * it need not know each other. Without a data grid only this node's caches are emptied.
 */
@ApplicationScoped
public class SharedCaches {

    private static final Logger LOG = Logger.getLogger(SharedCaches.class.getName());
    static final String TOPIC = "dealer-platform-cache-changes";

    /** Survey links by token: a code rotated. */
    public static final String SURVEY_LINKS = "survey-links";
    /** Shop profiles: a shop opened, closed, renamed or moved. */
    public static final String SHOPS = "shops";
    /** Dealer groups' standing: suspended, reactivated, modules changed. */
    public static final String STANDINGS = "standings";
    /** A shop's own network ranges. */
    public static final String SHOP_NETWORKS = "shop-networks";
    /** Questionnaires as the survey pages show them: a new version published. */
    public static final String QUESTIONNAIRES = "questionnaires";

    @Inject
    DataGrid grid;

    private final Map<String, List<ShortLived<?, ?>>> caches = new ConcurrentHashMap<>();
    private volatile boolean listening;

    /** Adds a cache of this node under the name; the same name may hold several. */
    public void register(String name, ShortLived<?, ?> cache) {
        caches.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(cache);
        listen();
    }

    /** The data behind the name changed (and committed): forget it here and on every other node. */
    public void changed(String name) {
        forgetHere(name);
        try {
            grid.instance().ifPresent(h -> topic(h).publish(name));
        } catch (RuntimeException e) {
            // the change is committed; other nodes see it when their entries expire (seconds)
            LOG.warning("could not tell the other nodes that " + name + " changed: " + e);
        }
    }

    private void forgetHere(String name) {
        caches.getOrDefault(name, List.of()).forEach(ShortLived::clear);
    }

    /** Listens once this node has a grid (asked again at each registration until it has). */
    private synchronized void listen() {
        if (listening) {
            return;
        }
        grid.instance().ifPresent(h -> {
            topic(h).addMessageListener(message -> {
                if (!message.getPublishingMember().localMember()) {
                    LOG.fine(() -> "cache " + message.getMessageObject() + " changed on another node");
                    forgetHere(message.getMessageObject());
                }
            });
            listening = true;
        });
    }

    private static ITopic<String> topic(com.hazelcast.core.HazelcastInstance hazelcast) {
        return hazelcast.getTopic(TOPIC);
    }
}
