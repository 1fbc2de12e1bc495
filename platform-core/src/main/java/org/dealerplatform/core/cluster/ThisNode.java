package org.dealerplatform.core.cluster;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Who this platform node is. {@link #NAME} is what the operator sees (the {@code X-Platform-Node}
 * header, health, metrics): {@code PLATFORM_NODE_NAME} when set, else the JVM's name
 * ({@code pid@host}). {@link #ID} adds a random part, because a restarted node may get the same
 * name and pid, and a lease or claim it held before its restart is not its own any more.
 */
public final class ThisNode {

    public static final String NAME = name();
    public static final String ID = NAME + "/" + UUID.randomUUID().toString().substring(0, 8);

    private ThisNode() {
    }

    private static String name() {
        String configured = System.getProperty("PLATFORM_NODE_NAME", System.getenv("PLATFORM_NODE_NAME"));
        String name = configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() : configured.trim();
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
