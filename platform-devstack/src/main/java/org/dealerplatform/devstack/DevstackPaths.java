package org.dealerplatform.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Absolute locations of the unpacked servers and of the sibling modules' artefacts, written into
 * {@code devstack.properties} at build time so that tests in other modules need no path logic.
 * A system property with the same key wins, e.g. {@code -Drealm.dir=/tmp/realm}.
 */
public final class DevstackPaths {

    private static final Properties BUILT_IN = load();

    private DevstackPaths() {
    }

    public static Path repoRoot() {
        return path("repo.root");
    }

    public static Path keycloakHome() {
        return path("keycloak.home");
    }

    public static Path payaraMicroJar() {
        return path("payara.micro.jar");
    }

    /**
     * MySQL Connector/J for Payara Micro's {@code --addLibs}: a driver inside the WAR is not
     * visible to the connection pool while the persistence unit is being deployed.
     */
    public static Path jdbcDriverJar() {
        return path("jdbc.driver.jar");
    }

    /** GreenMail standalone, the SMTP server that {@link MailServer} runs with {@code java -jar}. */
    public static Path greenMailJar() {
        return path("greenmail.jar");
    }

    /**
     * The asadmin commands every Payara Micro of the platform boots with ({@code --prebootcommandfile});
     * production runs the same file (README, Production).
     */
    public static Path payaraPreBootCommands() {
        return path("payara.preboot");
    }

    public static Path realmDir() {
        return path("realm.dir");
    }

    public static Path warFile() {
        return path("war.file");
    }

    static Path path(String key) {
        String value = System.getProperty(key, BUILT_IN.getProperty(key));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("devstack.properties has no '" + key + "'; set -D" + key + "=...");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = DevstackPaths.class.getResourceAsStream("/devstack.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
