package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalInt;
import org.dealerplatform.core.caching.WindowCounts;
import org.dealerplatform.core.cluster.SharedCounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Submission rates of what a sender controls: its address (IPv4 address or IPv6 /64), its network
 * (IPv4 /24 or IPv6 /64) and its device marker, counted in one-minute windows across the cluster
 * ({@link SharedCounts}; in this JVM when there is no data grid). Over a
 * limit a sample is still stored, marked RATE_LIMITED (SUSPECT), so a flood cannot push samples
 * into the scores. Never counted per shop: a flood against a shop would otherwise flag that shop's
 * genuine customers, who answer from other addresses and devices. Hard refusals are
 * {@link AnswerCeiling}'s.
 * <p>
 * Without a data grid at most {@code maxKeys} windows are held, however many addresses a flood
 * comes from (IPv6 gives one client 2^64): past minutes go first, then arbitrary windows
 * ({@link WindowCounts}); a dropped window only restarts that key's count for the minute. The
 * grid removes each count two minutes after it started.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_ADDRESS", defaultValue = "20")
    int perAddressPerMinute;

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_NETWORK", defaultValue = "120")
    int perNetworkPerMinute = 120;

    @Inject
    @ConfigProperty(name = "SURVEY_RATE_PER_DEVICE", defaultValue = "10")
    int perDevicePerMinute = 10;

    Clock clock = Clock.systemUTC();

    @Inject
    SharedCounts shared;

    final WindowCounts local = new WindowCounts(100_000);

    /**
     * Counts one submission of the visitor; true when it is over any of its limits. An exempt
     * visitor ({@link ClientAddresses}) is not counted. An IPv6 visitor's address and network are
     * the same /64, counted once.
     */
    public boolean overLimit(Visitor visitor) {
        if (visitor.exempt()) {
            return false;
        }
        long minute = clock.millis() / 60_000;
        boolean address = visitor.address() != null && count("a:" + visitor.address(), minute) > perAddressPerMinute;
        boolean network = visitor.network() != null && !visitor.network().equals(visitor.address())
                && count("n:" + visitor.network(), minute) > perNetworkPerMinute;
        boolean device = visitor.deviceId() != null && count("d:" + visitor.deviceId(), minute) > perDevicePerMinute;
        return address || network || device;
    }

    /** How many windows are held (bounded by {@code maxKeys}). */
    int keys() {
        return local.keys();
    }

    private int count(String key, long minute) {
        OptionalInt clusterWide = shared == null ? OptionalInt.empty()
                : shared.add("rate:" + key, minute, Duration.ofMinutes(1));
        return clusterWide.isPresent() ? clusterWide.getAsInt() : local.add(key, minute);
    }
}
