package org.dealerplatform.deployment.platform;

import org.dealerplatform.deployment.support.OwnPlatforms;
import org.dealerplatform.deployment.support.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dealerplatform.deployment.support.Database;
import org.dealerplatform.deployment.support.Http;
import org.dealerplatform.deployment.support.PlatformStack;
import org.dealerplatform.devstack.FreePorts;
import org.dealerplatform.devstack.PayaraMicroServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production is any run without {@code PLATFORM_MODE=demo}: the platform then refuses to start with
 * the demo stack's client secrets or without a {@code SURVEY_SECRET} of 32 bytes, and starts with
 * proper ones. Each case is a Payara Micro of its own (no Arquillian deployment in this class) on the
 * run's MariaDB and Keycloak; the check's reasons are unit-tested one by one (StartupCheckTest,
 * IdentitySettingsTest, ProvisionerSecretCheckTest, SurveySecretsTest).
 */
@ExtendWith(OwnPlatforms.class)
@Order(SharedPlatform.OWN_WAR)
class ProductionModeIT {

    private static final Path WAR = Path.of(System.getProperty("platform.war", "target/dealer-platform.war"));
    private static final Path WORK = Path.of(System.getProperty("it.work.dir", "target/it")).toAbsolutePath();

    /** The test stack's settings as production would have them: no demo switch. */
    private static Map<String, String> production() {
        Map<String, String> config = PlatformStack.platformConfig();
        config.remove("PLATFORM_MODE");
        return config;
    }

    @Test
    void refusesToStartWithDemoSecretsOrWithoutSurveySecretAndStartsWithProperOnes() throws Exception {
        // a 32-byte SURVEY_SECRET and client secrets that are not the demo ones: starts (in parallel
        // with the refused one below, to keep this test short)
        Map<String, String> proper = production();
        proper.put("SURVEY_SECRET", "it-" + UUID.randomUUID() + UUID.randomUUID());
        proper.put("REPORTS_SECRET", "it-" + UUID.randomUUID() + UUID.randomUUID());
        proper.put("ALERTS_CONTACT_KEY", randomKey());
        proper.put("ALERTS_CONTACT_FINGERPRINT_KEY", randomKey());
        proper.put("PLATFORM_CLIENT_SECRET", "it-web-" + UUID.randomUUID());
        proper.put("KEYCLOAK_PROVISIONER_SECRET", "it-provisioner-" + UUID.randomUUID());
        Path startedLog = WORK.resolve("payara-production-started.log");
        ExecutorService starts = Executors.newSingleThreadExecutor();
        Future<PayaraMicroServer> started = starts.submit(() -> PayaraMicroServer.start(WAR, FreePorts.find(), proper,
                startedLog, false));
        try {
            // the test stack's demo client secrets, and no SURVEY_SECRET
            Path refusedLog = WORK.resolve("payara-production-refused.log");
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PayaraMicroServer.start(WAR,
                    FreePorts.find(), production(), refusedLog, false).stop(), "must not start");
            assertTrue(refused.getMessage().contains("will not answer 200") || refused.getMessage().contains("stopped"),
                    refused.getMessage());
            List<String> log = Files.readAllLines(refusedLog);
            assertLogged(log, "Refusing to start in production mode: SURVEY_SECRET is not set");
            assertLogged(log, "Refusing to start in production mode: ALERTS_CONTACT_KEY is not set");
            assertLogged(log, "Refusing to start in production mode: PLATFORM_CLIENT_SECRET is the demo stack's published secret");
            assertLogged(log, "Refusing to start in production mode: KEYCLOAK_PROVISIONER_SECRET is the demo stack's published secret");
            assertFalse(log.stream().anyMatch(l -> l.contains("migration(s) applied")), "refused before migrating");
        } finally {
            try (PayaraMicroServer platform = started.get(5, TimeUnit.MINUTES)) {
                Http.Answer ready = Http.anonymous(platform.url()).get("/health/ready");
                assertEquals(200, ready.status(), ready.body());
                assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
                assertLogged(Files.readAllLines(startedLog), "platform mode: production");
                assertEquals(0, Database.count("select count(*) from information_schema.tables"
                        + " where table_schema = database() and table_name = 'survey_setting'"),
                        "the survey secret no longer lives in the database");
            } finally {
                starts.shutdownNow();
            }
        }
    }

    /** 32 random bytes in base64, as `openssl rand -base64 32` gives them. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    private static void assertLogged(List<String> log, String text) {
        assertTrue(log.stream().anyMatch(line -> line.contains(text)), "the log says: " + text);
    }
}
