package org.dealerplatform.devstack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One JVM shutdown hook that stops every still-running server, newest first. A test that forgets
 * to stop a server, or a Ctrl-C, must not leave Keycloak or MariaDB holding ports; newest first
 * keeps the application from losing its database and identity provider while it shuts down.
 */
final class ShutdownReaper {

    private static final Deque<AutoCloseable> RUNNING = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ShutdownReaper::stopAll, "devstack-reaper"));
    }

    private ShutdownReaper() {
    }

    static synchronized void register(AutoCloseable server) {
        RUNNING.push(server);
    }

    static synchronized void unregister(AutoCloseable server) {
        RUNNING.remove(server);
    }

    private static void stopAll() {
        List<AutoCloseable> newestFirst;
        synchronized (ShutdownReaper.class) {
            newestFirst = new ArrayList<>(RUNNING);
        }
        for (AutoCloseable server : newestFirst) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("devstack: could not stop " + server + ": " + e);
            }
        }
    }
}
