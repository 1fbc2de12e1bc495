package org.dealerplatform.core.settings;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * A bean of core or of a module that checks the settings it owns before the platform serves
 * anything; {@link StartupCheck} finds every one through CDI and refuses to start when any
 * answers a reason. Each reason names the setting, so the log line says what to fix.
 */
public interface SettingsCheck {

    /** Why the platform must not start with these settings in this mode; empty when all is well. */
    Iterable<String> refusals(PlatformMode mode);

    /** A reason when a production secret is missing or shorter than {@code minBytes} (UTF-8). */
    static Optional<String> weakSecret(String setting, Optional<String> value, int minBytes) {
        String given = value.map(String::strip).orElse("");
        if (given.isEmpty()) {
            return Optional.of(setting + " is not set: production needs a random secret of at least " + minBytes
                    + " bytes (for example the output of `openssl rand -base64 48`)");
        }
        int bytes = given.getBytes(StandardCharsets.UTF_8).length;
        if (bytes < minBytes) {
            return Optional.of(setting + " is " + bytes + " bytes long: production needs at least " + minBytes
                    + " bytes of random secret");
        }
        return Optional.empty();
    }

    /** A reason when a setting holds one of the demo stack's published values. */
    static Optional<String> demoSecret(String setting, Optional<String> value, Set<String> demoValues) {
        return value.map(String::strip).filter(demoValues::contains).map(v -> setting
                + " is the demo stack's published secret: give the client a new secret in Keycloak and set it here");
    }
}
