package org.dealerplatform.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * Local quick start: MariaDB, Keycloak, an SMTP server (GreenMail) and the platform WAR on Payara
 * Micro, with demo data. {@code PLATFORM_NODES=2} (or more) starts that many Payara Micro nodes
 * joined as one data grid (on loopback, TCP/IP member list, grid ports from
 * {@code PLATFORM_GRID_PORT}, 15900) on the ports after {@code PLATFORM_PORT}, and HAProxy on
 * {@code PLATFORM_PORT} in front of them.
 * Data lives in {@code <repo>/.run} (or {@code PLATFORM_DATA_DIR}) and survives restarts.
 * Ctrl-C stops everything.
 */
public final class LocalPlatform {

    private static final List<PayaraMicroServer> nodes = new CopyOnWriteArrayList<>();
    private static volatile LoadBalancer balancer;
    private static volatile KeycloakServer keycloak;
    private static volatile PlatformDatabase database;
    private static volatile MailServer mail;

    private LocalPlatform() {
    }

    public static void main(String[] args) throws InterruptedException {
        int platformPort = port("PLATFORM_PORT", 8080);
        int keycloakPort = port("KEYCLOAK_PORT", 8180);
        int smtpPort = port("GREENMAIL_SMTP_PORT", 3025);
        int mailApiPort = port("GREENMAIL_API_PORT", 8025);
        int nodeCount = port("PLATFORM_NODES", 1);
        int gridPort = port("PLATFORM_GRID_PORT", 15900);
        Path dataDir = dataDir();
        Path war = DevstackPaths.warFile();
        if (!Files.isRegularFile(war)) {
            System.err.println("The platform WAR " + war + " does not exist: run mvn -DskipTests install first.");
            System.err.println("平台 WAR 包不存在：请先运行 mvn -DskipTests install。");
            System.exit(2);
        }
        DemoData demo = null;
        Runtime.getRuntime().addShutdownHook(new Thread(LocalPlatform::stopAll, "local-platform-stop"));
        try {
            database = ExternalDatabase.fromEnvironment().orElse(null);
            if (database == null) {
                System.out.println("Starting MariaDB, data in " + dataDir.resolve("mariadb") + " ...");
                database = EmbeddedDatabase.startPersistent(dataDir.resolve("mariadb"));
            } else {
                // DB_URL given (a Galera cluster behind HAProxy, for one): used as it is, never stopped from here
                System.out.println("Using " + database + " (DB_URL)");
            }
            // seconds to start, so a port already taken shows before the long Keycloak wait
            System.out.println("Starting the mail server (GreenMail), SMTP on port " + smtpPort + " ...");
            mail = MailServer.start(smtpPort, mailApiPort, dataDir.resolve("logs/greenmail.log"));
            System.out.println("Starting Keycloak on port " + keycloakPort + " (about 20 s) ...");
            keycloak = KeycloakServer.startPersistent(keycloakPort, dataDir.resolve("keycloak"),
                    dataDir.resolve("logs/keycloak.log"));
            Map<String, String> config = platformConfig(platformPort, keycloakPort);
            boolean echo = "true".equals(System.getenv("PLATFORM_LOG_CONSOLE"));
            if (nodeCount <= 1) {
                System.out.println("Starting the platform on port " + platformPort + " ...");
                nodes.add(PayaraMicroServer.start(war, platformPort, config, dataDir.resolve("logs/payara.log"), echo));
            } else {
                startCluster(war, platformPort, nodeCount, gridPort, config, dataDir, echo);
            }
            demo = new DemoData("http://localhost:" + platformPort, keycloak.url(), database);
            System.out.println(demo.load());
        } catch (RuntimeException e) {
            System.err.println("Local platform failed to start / 本地平台启动失败: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(WelcomeBox.text(platformPort, keycloakPort, mail, dataDir.resolve("logs"),
                demo == null ? null : demo.showcase()));
        if (balancer != null) {
            System.out.println("  集群 Cluster: HAProxy " + balancer.url() + " -> " + String.join(", ",
                    nodes.stream().map(n -> n.url()).toList()) + "  (X-Platform-Node names the node; /health lists the grid)");
        }
        new CountDownLatch(1).await();
    }

    /** The nodes start side by side (each takes a minute on two cores), then HAProxy in front. */
    private static void startCluster(Path war, int platformPort, int nodeCount, int gridPort, Map<String, String> config,
                                     Path dataDir, boolean echo) {
        // behind HAProxy every request comes from 127.0.0.1: the customer's address is in X-Forwarded-For
        config.put("SURVEY_TRUSTED_PROXIES", "127.0.0.1,::1");
        List<Integer> ports = new ArrayList<>();
        List<CompletableFuture<PayaraMicroServer>> starting = new ArrayList<>();
        for (int node = 1; node <= nodeCount; node++) {
            int port = platformPort + node;
            GridMember member = new GridMember("dealer-platform-local", gridPort, nodeCount, node);
            ports.add(port);
            System.out.println("Starting platform " + member.nodeName() + " on port " + port + " (data grid port "
                    + member.gridPort() + ") ...");
            starting.add(CompletableFuture.supplyAsync(() -> PayaraMicroServer.start(war, port, config,
                    dataDir.resolve("logs/payara-" + member.nodeName() + ".log"), echo, List.of(), member)));
        }
        for (CompletableFuture<PayaraMicroServer> node : starting) {
            nodes.add(node.join());
        }
        System.out.println("Starting HAProxy on port " + platformPort + " in front of " + nodeCount + " nodes ...");
        balancer = LoadBalancer.start(platformPort, ports, dataDir.resolve("haproxy"));
    }

    private static Map<String, String> platformConfig(int platformPort, int keycloakPort) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("DB_URL", database.jdbcUrl());
        config.put("DB_USER", database.user());
        config.put("DB_PASSWORD", database.password());
        config.put("KEYCLOAK_URL", "http://localhost:" + keycloakPort);
        // the server-to-Keycloak address; tests point it through a TcpProxy, locally it is the same
        config.put("KEYCLOAK_BACKCHANNEL_URL", "http://localhost:" + keycloakPort);
        config.put("PUBLIC_BASE_URL", "http://localhost:" + platformPort);
        // the demo stack: demo client secrets accepted, a derived demo SURVEY_SECRET (see the README's Production section)
        config.put("PLATFORM_MODE", "demo");
        config.put("PLATFORM_CLIENT_SECRET", "demo-web-secret");
        config.put("KEYCLOAK_PROVISIONER_SECRET", "demo-provisioner-secret");
        config.putAll(mail.platformConfig());
        return config;
    }

    /** The application first, so it never runs without its database, identity provider or mail server. */
    private static void stopAll() {
        System.out.println("Stopping / 正在停止 ...");
        if (balancer != null) {
            balancer.stop();
        }
        nodes.forEach(PayaraMicroServer::stop);
        if (mail != null) {
            mail.stop();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    private static Path dataDir() {
        String configured = System.getenv("PLATFORM_DATA_DIR");
        Path dir = configured == null || configured.isBlank()
                ? DevstackPaths.repoRoot().resolve(".run") : Path.of(configured);
        return dir.toAbsolutePath().normalize();
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, not '" + value + "'", e);
        }
    }
}
