package org.dealerplatform.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Local quick start: MariaDB, Keycloak, an SMTP server (GreenMail) and the platform WAR on Payara
 * Micro, with demo data.
 * Data lives in {@code <repo>/.run} (or {@code PLATFORM_DATA_DIR}) and survives restarts.
 * Ctrl-C stops everything.
 */
public final class LocalPlatform {

    private static volatile PayaraMicroServer payara;
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
            System.out.println("Starting the platform on port " + platformPort + " ...");
            payara = PayaraMicroServer.start(war, platformPort, platformConfig(platformPort, keycloakPort),
                    dataDir.resolve("logs/payara.log"), "true".equals(System.getenv("PLATFORM_LOG_CONSOLE")));
            demo = new DemoData(payara.url(), keycloak.url(), database);
            System.out.println(demo.load());
        } catch (RuntimeException e) {
            System.err.println("Local platform failed to start / 本地平台启动失败: " + e.getMessage());
            System.exit(1);
        }
        System.out.println(WelcomeBox.text(platformPort, keycloakPort, mail, dataDir.resolve("logs"),
                demo == null ? null : demo.showcase()));
        new CountDownLatch(1).await();
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
        if (payara != null) {
            payara.stop();
        }
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
