package org.dealerplatform.devstack;

/**
 * A server running as a child process on a loopback port. Stopping is idempotent and kills the
 * whole process tree (Keycloak's start script forks the JVM); every started server is registered
 * with the {@link ShutdownReaper}, so a forgotten {@code stop()} leaves no process holding a port.
 */
abstract class LocalServer implements AutoCloseable {

    private final int port;
    final ChildProcess process;
    private boolean stopped;

    LocalServer(int port, ChildProcess process) {
        this.port = port;
        this.process = process;
        ShutdownReaper.register(this);
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Started, not stopped, and its process still alive. */
    public synchronized boolean isRunning() {
        return !stopped && process.isAlive();
    }

    public synchronized void stop() {
        if (!stopped) {
            process.destroyTree();
            stopped = true;
            ShutdownReaper.unregister(this);
        }
    }

    /** Kills the server without warning ({@code kill -9}): no shutdown hook, no flushed buffers. */
    public synchronized void kill() {
        if (!stopped) {
            process.killTree();
            stopped = true;
            ShutdownReaper.unregister(this);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
