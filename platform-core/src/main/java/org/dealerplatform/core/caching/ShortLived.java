package org.dealerplatform.core.caching;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers answers for a few seconds. For facts that every request (or every survey answer)
 * asks for but that change rarely: a dealer group's standing, a shop's profile, a survey link.
 * A change made on this node forgets the entry at once ({@link #forget}); a cache registered with
 * {@link SharedCaches} is emptied on every node when its data changes, otherwise other nodes see a
 * change when the entry expires.
 * Empty results are not remembered, so only keys that name something real are kept, and never
 * more than {@code maxEntries} of them ({@link Capacity}).
 * <p>
 * A load that was under way when the cache was told to forget is not remembered: it may have
 * read the data from before the change (a background task read a dealer group's modules while the
 * association's change committed, stored them after the change had emptied the cache, and the
 * group's requests were refused the new module for five seconds). Every forget counts a
 * generation; a load stores its answer only if no forget happened since it began.
 */
public final class ShortLived<K, V> {

    private record Entry<V>(V value, long until) {
    }

    private static final int MAX_ENTRIES = 100_000;

    private final int maxEntries;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private final long lifetimeMillis;
    private final Clock clock;

    public ShortLived(Duration lifetime) {
        this(lifetime, Clock.systemUTC());
    }

    public ShortLived(Duration lifetime, Clock clock) {
        this(lifetime, MAX_ENTRIES, clock);
    }

    public ShortLived(Duration lifetime, int maxEntries, Clock clock) {
        this.lifetimeMillis = lifetime.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        long now = clock.millis();
        Entry<V> known = entries.get(key);
        if (known != null && known.until() > now) {
            return Optional.of(known.value());
        }
        long before = generation.get();
        Optional<V> loaded = load.apply(key);
        if (loaded.isPresent()) {
            if (generation.get() == before) {
                Capacity.makeRoom(entries, maxEntries, e -> e.until() <= now);
                Entry<V> entry = new Entry<>(loaded.get(), now + lifetimeMillis);
                entries.put(key, entry);
                if (generation.get() != before) {
                    entries.remove(key, entry);    // a forget came between the check and the put
                }
            }
        } else {
            entries.remove(key);
        }
        return loaded;
    }

    /** How many entries are held (expired ones included until swept). */
    public int size() {
        return entries.size();
    }

    public void forget(K key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    /** Forgets every entry (the data changed on another node, which does not say which key). */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    public void forgetIf(java.util.function.Predicate<V> matching) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> matching.test(e.value()));
    }
}
