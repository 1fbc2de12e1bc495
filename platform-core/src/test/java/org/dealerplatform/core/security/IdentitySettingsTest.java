package org.dealerplatform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.settings.PlatformMode;
import org.junit.jupiter.api.Test;

/** In production the console's client secret must be set and must not be the demo realm's. */
class IdentitySettingsTest {

    static IdentitySettings withSecret(String secret) {
        IdentitySettings settings = new IdentitySettings();
        settings.webClientId = "dealer-platform-web";
        settings.webClientSecret = Optional.ofNullable(secret);
        return settings;
    }

    @Test
    void productionRefusesTheDemoSecretAndNone() {
        PlatformMode production = PlatformMode.of(null);
        List<String> demo = withSecret("demo-web-secret").refusals(production);
        assertEquals(1, demo.size());
        assertTrue(demo.get(0).startsWith("PLATFORM_CLIENT_SECRET is the demo"), demo.get(0));
        assertTrue(withSecret(null).refusals(production).get(0).startsWith("PLATFORM_CLIENT_SECRET is not set"));
        assertEquals(List.of(), withSecret("k8Yq2-secret-from-keycloak").refusals(production));
    }

    @Test
    void theDemoStackMayUseTheDemoSecret() {
        assertEquals(List.of(), withSecret("demo-web-secret").refusals(PlatformMode.of("demo")));
        assertEquals(List.of(), withSecret(null).refusals(PlatformMode.of("demo")));
    }
}
