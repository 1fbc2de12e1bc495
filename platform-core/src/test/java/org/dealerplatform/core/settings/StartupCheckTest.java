package org.dealerplatform.core.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Production is anything but PLATFORM_MODE=demo; the start-up check collects every check's reasons. */
class StartupCheckTest {

    @Test
    void onlyTheExplicitDemoSwitchIsDemo() {
        assertTrue(PlatformMode.of("demo").demo());
        assertTrue(PlatformMode.of(" demo ").demo());
        assertTrue(PlatformMode.of(null).production(), "unset is production");
        assertTrue(PlatformMode.of("").production());
        assertTrue(PlatformMode.of("DEMO").production(), "exactly demo, nothing like it");
        assertTrue(PlatformMode.of("development").production());
        assertTrue(PlatformMode.of("production").production());
    }

    @Test
    void collectsTheReasonsOfEveryCheck() {
        SettingsCheck fine = mode -> List.of();
        SettingsCheck secret = mode -> mode.production() ? List.of("SURVEY_SECRET is not set") : List.of();
        SettingsCheck client = mode -> mode.production() ? List.of("PLATFORM_CLIENT_SECRET is the demo value") : List.of();

        assertEquals(List.of("SURVEY_SECRET is not set", "PLATFORM_CLIENT_SECRET is the demo value"),
                StartupCheck.refusals(PlatformMode.of(null), List.of(fine, secret, client)));
        assertEquals(List.of(), StartupCheck.refusals(PlatformMode.of("demo"), List.of(fine, secret, client)));
    }

    @Test
    void aRefusedStartFailsWithTheSettingsNamed() {
        List<SettingsCheck> checks = List.of(mode -> mode.production() ? List.of("SURVEY_SECRET is not set") : List.of());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> StartupCheck.verify(PlatformMode.of(null), checks));
        assertEquals("Refusing to start in production mode: SURVEY_SECRET is not set", refused.getMessage());
        StartupCheck.verify(PlatformMode.of("demo"), checks);
    }

    @Test
    void secretsMustBeLongEnough() {
        assertTrue(SettingsCheck.weakSecret("SURVEY_SECRET", Optional.empty(), 32).get().contains("not set"));
        assertTrue(SettingsCheck.weakSecret("SURVEY_SECRET", Optional.of("   "), 32).get().contains("not set"));
        assertTrue(SettingsCheck.weakSecret("SURVEY_SECRET", Optional.of("x".repeat(31)), 32).get()
                .contains("31 bytes"));
        assertFalse(SettingsCheck.weakSecret("SURVEY_SECRET", Optional.of("x".repeat(32)), 32).isPresent());
        assertFalse(SettingsCheck.weakSecret("SURVEY_SECRET", Optional.of("密".repeat(11)), 32).isPresent(),
                "counted in UTF-8 bytes: 11 × 3");
    }

    @Test
    void demoSecretsAreRecognised() {
        Set<String> demo = Set.of("demo-web-secret");
        assertTrue(SettingsCheck.demoSecret("PLATFORM_CLIENT_SECRET", Optional.of("demo-web-secret"), demo).isPresent());
        assertTrue(SettingsCheck.demoSecret("PLATFORM_CLIENT_SECRET", Optional.of(" demo-web-secret\n"), demo).isPresent());
        assertFalse(SettingsCheck.demoSecret("PLATFORM_CLIENT_SECRET", Optional.of("s3cr3t-from-keycloak"), demo).isPresent());
        assertFalse(SettingsCheck.demoSecret("PLATFORM_CLIENT_SECRET", Optional.empty(), demo).isPresent());
    }
}
