package org.dealerplatform.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the platform nodes on this machine: round
 * robin over the nodes that answer {@code /health/ready} (checked every second, out after two
 * failures, back after two successes), a browser kept on its node by a cookie while that node is
 * up, and a request whose node refused the connection sent to another. Bound to loopback.
 */
public final class LoadBalancer extends LocalServer {

    private LoadBalancer(int port, ChildProcess process) {
        super(port, process);
    }

    /** The haproxy binary, or an error saying how to install it. */
    static Path binary() {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin")) {
            Path candidate = Path.of(dir, "haproxy");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("haproxy not found: apt-get install haproxy (./run.sh and ./test.sh do it)");
    }

    public static LoadBalancer start(int port, List<Integer> nodePorts, Path dir) {
        Path config = dir.resolve("haproxy.cfg");
        try {
            Files.createDirectories(dir);
            Files.writeString(config, config(port, nodePorts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        // -db: stay in the foreground and log to stderr, so the process is ours to stop
        ChildProcess process = ChildProcess.start("haproxy",
                List.of(binary().toString(), "-db", "-f", config.toString()), Map.of(), dir,
                dir.resolve("haproxy.log"), false);
        LoadBalancer balancer = new LoadBalancer(port, process);
        awaitListening(port, process, balancer);
        return balancer;
    }

    static String config(int port, List<Integer> nodePorts) {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < nodePorts.size(); i++) {
            String name = "node-" + (i + 1);
            servers.append("    server ").append(name).append(" 127.0.0.1:").append(nodePorts.get(i))
                    .append(" check cookie ").append(name).append('\n');
        }
        return """
                # written by the devstack for this run; see the README's "Production" section
                global
                    maxconn 4096
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # a request whose node refused the connection goes to another node
                    option redispatch
                    retries 2
                frontend platform
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    option httpchk GET /health/ready
                    http-check expect status 200
                    cookie PLATFORM_NODE insert indirect nocache httponly
                    default-server inter 1s fall 2 rise 2
                %s""".formatted(port, servers);
    }

    private static void awaitListening(int port, ChildProcess process, LoadBalancer balancer) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                balancer.stop();
                throw new IllegalStateException(process.failure("haproxy stopped", 20));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                HttpProbe.sleep(Duration.ofMillis(200));
            }
        }
        balancer.stop();
        throw new IllegalStateException(process.failure("haproxy did not listen on " + port, 20));
    }

    @Override
    public String toString() {
        return "HAProxy on " + url();
    }
}
