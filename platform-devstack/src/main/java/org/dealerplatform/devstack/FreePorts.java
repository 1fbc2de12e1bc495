package org.dealerplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Asks the kernel for an unused TCP port. Another process may still take it before we bind it. */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * A free port below Linux's ephemeral range (32768+). A port that is switched off and on in a
     * test must not be one the kernel may hand out as a client's source port: connecting to such
     * a port while nothing listens can connect the socket to itself and look like success.
     */
    public static int findOutsideEphemeralRange() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20000 + random.nextInt(12000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                socket.setReuseAddress(true);
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        return find();
    }

    public static int find() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }
}
