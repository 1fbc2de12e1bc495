package org.dealerplatform.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Keycloak from the unpacked distribution, run with {@code kc.sh start-dev}, with the platform realm imported. */
public final class KeycloakServer extends LocalServer {

    public static final String REALM = "dealer-platform";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private KeycloakServer(int port, ChildProcess process) {
        super(port, process);
    }

    /**
     * A new, empty database for every start: Keycloak then knows nothing but the realm file. Logs
     * to target/keycloak.log.
     */
    public static KeycloakServer startForTests(int port) {
        return startForTests(port, Path.of("target", "keycloak.log"));
    }

    public static KeycloakServer startForTests(int port, Path logFile) {
        return start(port, "jdbc:h2:mem:keycloak-" + port + ";DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE", logFile);
    }

    /**
     * Users and sessions survive restarts in an H2 file under {@code dataDir}, outside the build
     * directory, so {@code mvn clean} does not drop users the platform provisioned. The realm file
     * is imported only while the realm does not exist yet.
     */
    public static KeycloakServer startPersistent(int port, Path dataDir) {
        return startPersistent(port, dataDir, dataDir.resolve("keycloak.log"));
    }

    public static KeycloakServer startPersistent(int port, Path dataDir, Path logFile) {
        Path h2 = dataDir.toAbsolutePath().resolve("keycloakdb");
        return start(port, "jdbc:h2:file:" + h2 + ";NON_KEYWORDS=VALUE", logFile);
    }

    /**
     * Both modes use the {@code dev-file} kind and differ only in the H2 URL (in memory for
     * tests). The kind is a build-time option: alternating {@code dev-mem} and {@code dev-file}
     * re-augments the shared distribution on every switch (16 s here), and two Keycloaks doing
     * that at once corrupt it.
     */
    private static KeycloakServer start(int port, String h2Url, Path logFile) {
        Path home = DevstackPaths.keycloakHome();
        RealmImport.write(DevstackPaths.realmDir(), home.resolve("data/import"), true);
        List<String> command = List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + FreePorts.find(),
                "--health-enabled=true", "--import-realm",
                "--db=dev-file", "--db-url=" + h2Url);
        Map<String, String> env = Map.of(
                "JAVA_HOME", JavaHomes.forKeycloak().toString(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        ChildProcess process = ChildProcess.start("keycloak", command, env, home, logFile, false);
        KeycloakServer server = new KeycloakServer(port, process);
        try {
            HttpProbe.awaitOk(server.url() + "/realms/" + REALM + "/.well-known/openid-configuration",
                    START_TIMEOUT, process);
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    public Path logFile() {
        return process.logFile();
    }

    /** Master-realm admin token for fixtures through the admin REST API. */
    public String adminToken() {
        return OidcTokens.passwordGrant(url(), "master", "admin-cli", ADMIN_USER, ADMIN_PASSWORD);
    }

    @Override
    public String toString() {
        return "Keycloak on " + url();
    }
}
