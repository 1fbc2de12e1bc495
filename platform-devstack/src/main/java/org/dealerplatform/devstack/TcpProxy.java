package org.dealerplatform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Forwards a loopback port to a target so tests can cut a dependency off and bring it back. While
 * disabled nothing listens on the port, so clients get "connection refused" as with a dead
 * server, not a hang; re-enabling binds the same port so configured URLs stay valid.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private ServerSocket listener;
    private Thread acceptor;

    private TcpProxy(String targetHost, int targetPort, int port) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.port = port;
    }

    /** Starts forwarding from a free loopback port outside the ephemeral range (see {@link FreePorts}). */
    public static TcpProxy start(String targetHost, int targetPort) {
        return start(targetHost, targetPort, FreePorts.findOutsideEphemeralRange());
    }

    public static TcpProxy start(String targetHost, int targetPort, int port) {
        ServerSocket bound = bind(port);
        TcpProxy proxy = new TcpProxy(targetHost, targetPort, bound.getLocalPort());
        proxy.listen(bound);
        return proxy;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isEnabled() {
        return listener != null;
    }

    public synchronized void enable() {
        if (listener == null) {
            listen(bind(port));
        }
    }

    /** Stops listening and cuts every live connection. */
    public synchronized void disable() {
        if (listener != null) {
            closeQuietly(listener);
            listener = null;
            // The JDK closes a listening socket's descriptor only when the thread blocked in
            // accept() has left it; until then the port still accepts connections. Wait for it,
            // so "disabled" means refused the moment this returns.
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    @Override
    public void close() {
        disable();
    }

    private static ServerSocket bind(int localPort) {
        try {
            ServerSocket socket = new ServerSocket();
            // connections we cut linger in TIME_WAIT on this port; rebinding must not wait for them
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), localPort));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + localPort, e);
        }
    }

    private synchronized void listen(ServerSocket socket) {
        listener = socket;
        acceptor = new Thread(() -> acceptLoop(socket), "tcp-proxy-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                connect(socket.accept(), socket);
            } catch (IOException closedByDisable) {
                return;
            }
        }
    }

    private void connect(Socket client, ServerSocket acceptedBy) {
        open.add(client);
        Socket upstream = null;
        try {
            upstream = new Socket(targetHost, targetPort);
            open.add(upstream);
            if (acceptedBy.isClosed()) {
                throw new IOException("disabled while connecting");
            }
            AtomicInteger directionsLeft = new AtomicInteger(2);
            pump(client, upstream, directionsLeft);
            pump(upstream, client, directionsLeft);
        } catch (IOException targetDownOrDisabled) {
            for (Socket socket : new Socket[] {client, upstream}) {
                if (socket != null) {
                    open.remove(socket);
                    closeQuietly(socket);
                }
            }
        }
    }

    private void pump(Socket from, Socket to, AtomicInteger directionsLeft) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
                // pass the half-close on, the other direction may still be sending
                to.shutdownOutput();
            } catch (IOException cut) {
                directionsLeft.set(1);
            } finally {
                if (directionsLeft.decrementAndGet() <= 0) {
                    open.remove(from);
                    open.remove(to);
                    closeQuietly(from);
                    closeQuietly(to);
                }
            }
        }, "tcp-proxy-pump-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
