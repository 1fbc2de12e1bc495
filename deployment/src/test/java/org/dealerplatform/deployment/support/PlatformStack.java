package org.dealerplatform.deployment.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dealerplatform.devstack.EmbeddedDatabase;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.KeycloakServer;
import org.dealerplatform.devstack.MailServer;
import org.dealerplatform.devstack.TcpProxy;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once per test run, what the platform talks to in production: a fresh MariaDB server
 * and Keycloak with the realm (plus demo users), the SMTP server, and the platform's settings
 * for this run ({@link #platformConfig()}), which {@link SharedPlatform} and the tests that boot
 * a platform of their own hand to Payara Micro.
 * <p>
 * The platform reaches Keycloak's back channel through a {@link TcpProxy}, so a test can make
 * Keycloak unreachable for the platform while tokens (issued at the real address) stay valid.
 */
public final class PlatformStack implements BeforeAllCallback {

    private static Stack stack;

    record Stack(EmbeddedDatabase database, KeycloakServer keycloak, TcpProxy keycloakLink, TcpProxy databaseLink,
                 MailServer mail, Map<String, String> config) {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    static synchronized Stack start() {
        if (stack != null) {
            return stack;
        }
        Path work = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedDatabase database = EmbeddedDatabase.startFresh();
        KeycloakServer keycloak = KeycloakServer.startForTests(FreePorts.find(), work.resolve("keycloak.log"));
        TcpProxy link = TcpProxy.start("localhost", keycloak.port());
        // the platform reaches the database through a proxy too, so a test can take it away
        TcpProxy databaseLink = TcpProxy.start("localhost", database.port());
        MailServer mail = MailServer.startForTests(work.resolve("greenmail.log"));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("DB_URL", database.jdbcUrl().replace("localhost:" + database.port() + "/",
                "localhost:" + databaseLink.port() + "/"));
        config.put("DB_USER", database.user());
        config.put("DB_PASSWORD", database.password());
        config.put("KEYCLOAK_URL", keycloak.url());
        config.put("KEYCLOAK_BACKCHANNEL_URL", "http://localhost:" + link.port());
        // the demo stack: demo client secrets accepted, a derived demo SURVEY_SECRET (see the README's Production section)
        config.put("PLATFORM_MODE", "demo");
        config.put("PLATFORM_CLIENT_SECRET", "demo-web-secret");
        config.put("KEYCLOAK_PROVISIONER_SECRET", "demo-provisioner-secret");
        config.put("JWT_CLOCK_SKEW_SECONDS", "0");
        // Every test request comes from this machine within seconds: the timing rule would flag
        // them all (it is unit-tested, ScreeningTest), and the per-address rules (burst, rates,
        // the ceiling) spare this machine's own addresses. A test that needs those rules presents
        // another client address in X-Forwarded-For, believed from this machine only; such
        // clients meet the production defaults, but for a ceiling reached in ten answers.
        config.put("SURVEY_MIN_SECONDS", "0");
        config.put("SURVEY_TRUSTED_PROXIES", "127.0.0.1,::1");
        config.put("SURVEY_EXEMPT_ADDRESSES", "127.0.0.1,::1");
        config.put("SURVEY_CEILING_PER_ADDRESS", "10");
        // and counted in 20-second windows, so a test that waits for a window to pass waits
        // seconds (Surveys.freshCeilingWindow lines a test up with the start of one)
        config.put("SURVEY_CEILING_WINDOW_SECONDS", "20");
        // Background work ticks within seconds instead of minutes, so a test sees a report run, an
        // export, an alert scan or a retention sweep finish without waiting: the same for every
        // test class, so classes deploy the same WAR and share one platform (SharedPlatform).
        config.put("REPORTS_WORKER_SECONDS", "2");
        config.put("REPORTS_RETRY_FIRST_SECONDS", "2");
        config.put("EXPORTS_WORKER_SECONDS", "1");
        config.put("ALERTS_SCAN_SECONDS", "1");
        config.put("ALERTS_MAIL_SECONDS", "1");
        config.put("SURVEY_HASH_SWEEP_SECONDS", "2");
        config.put("ALERTS_CONTACT_SWEEP_SECONDS", "2");
        // a test compares the national baseline with the samples of the moment, whatever classes ran before
        config.put("SURVEY_EVIDENCE_NATIONAL_SECONDS", "0");
        config.putAll(mail.platformConfig());
        stack = new Stack(database, keycloak, link, databaseLink, mail, Map.copyOf(config));
        return stack;
    }

    public static KeycloakServer keycloak() {
        return start().keycloak();
    }

    /** The platform's own route to Keycloak; disable it to make Keycloak unreachable for the platform. */
    public static TcpProxy keycloakLink() {
        return start().keycloakLink();
    }

    /** The platform's route to its database; disable it to make the database unreachable for the platform. */
    public static TcpProxy databaseLink() {
        return start().databaseLink();
    }

    /** The SMTP server the platform sends to: read inboxes, purge, stop and start SMTP on the same port. */
    public static MailServer mail() {
        return start().mail();
    }

    public static EmbeddedDatabase database() {
        return start().database();
    }

    /** The platform's settings in this run (demo mode), for tests that start a platform of their own. */
    public static Map<String, String> platformConfig() {
        return new LinkedHashMap<>(start().config());
    }
}
