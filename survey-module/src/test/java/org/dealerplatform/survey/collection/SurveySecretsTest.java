package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.settings.PlatformMode;
import org.junit.jupiter.api.Test;

/** Hashes are keyed per dealer group by a secret from the environment, never from the database. */
class SurveySecretsTest {

    private static final String SECRET = "a-survey-secret-of-32-bytes-min!";

    static SurveySecrets with(String secret, String mode) {
        SurveySecrets secrets = new SurveySecrets();
        secrets.configured = Optional.ofNullable(secret);
        secrets.mode = PlatformMode.of(mode);
        return secrets;
    }

    @Test
    void samePhoneInTwoGroupsHashesDifferently() {
        SurveySecrets secrets = with(SECRET, null);
        String inA = secrets.hash("demo-group-a", "phone", "13800138000");
        String inB = secrets.hash("demo-group-b", "phone", "13800138000");
        assertNotEquals(inA, inB, "one customer cannot be linked across dealer groups");
        assertEquals(64, inA.length());
    }

    @Test
    void samePhoneInOneGroupHashesTheSame() {
        String first = with(SECRET, null).hash("demo-group-a", "phone", "13800138000");
        assertEquals(first, with(SECRET, null).hash("demo-group-a", "phone", "13800138000"),
                "stable across instances and restarts, so the repeat window still works");
        assertNotEquals(first, with(SECRET, null).hash("demo-group-a", "device", "13800138000"), "kinds kept apart");
        assertNotEquals(first, with(SECRET + "x", null).hash("demo-group-a", "phone", "13800138000"),
                "another secret, other hashes");
    }

    @Test
    void theKeyIsDerivedFromSecretAndTenant() throws Exception {
        // HMAC(HMAC(secret, "hash-key:" + tenant), "phone:" + value), computed independently
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(), "HmacSHA256"));
        byte[] tenantKey = mac.doFinal("hash-key:demo-group-a".getBytes());
        mac.init(new javax.crypto.spec.SecretKeySpec(tenantKey, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal("phone:13800138000".getBytes()));
        assertEquals(expected, with(SECRET, null).hash("demo-group-a", "phone", "13800138000"));
    }

    @Test
    void productionRefusesAMissingOrShortSecret() {
        assertTrue(with(null, null).refusals(PlatformMode.of(null)).get(0).startsWith("SURVEY_SECRET is not set"));
        assertTrue(with("too-short", null).refusals(PlatformMode.of(null)).get(0).startsWith("SURVEY_SECRET is 9 bytes"));
        assertEquals(List.of(), with(SECRET, null).refusals(PlatformMode.of(null)));
        assertThrows(IllegalStateException.class, () -> with(null, null).hash("demo-group-a", "phone", "1"),
                "never a silent fallback in production");
    }

    @Test
    void theDemoStackWorksWithoutASecretAndStaysStable() {
        assertEquals(List.of(), with(null, "demo").refusals(PlatformMode.of("demo")));
        String demo = with(null, "demo").hash("demo-group-a", "phone", "13800138000");
        assertEquals(demo, with(null, "demo").hash("demo-group-a", "phone", "13800138000"));
        assertNotEquals(demo, with(SECRET, "demo").hash("demo-group-a", "phone", "13800138000"));
    }

    @Test
    void theTenantKeysHeldAreBounded() {
        SurveySecrets secrets = with(SECRET, null);
        for (int i = 0; i < 20_000; i++) {
            secrets.hash("group-" + i, "phone", "13800138000");
        }
        assertTrue(secrets.tenantKeyCount() <= 10_000, secrets.tenantKeyCount() + " keys held");
    }
}
