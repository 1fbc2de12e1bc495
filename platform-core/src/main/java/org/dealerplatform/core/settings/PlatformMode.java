package org.dealerplatform.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this is the local demo stack or production. One explicit switch: {@code PLATFORM_MODE=demo}
 * is set only by the devstack (for {@code ./run.sh}, the tests and the benchmark); any other
 * value, or none, is production. So forgetting the setting can never relax a production
 * installation: it only makes a demo refuse its demo secrets.
 */
@ApplicationScoped
public class PlatformMode {

    public static final String SETTING = "PLATFORM_MODE";
    public static final String DEMO = "demo";

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> configured;

    /** For unit tests and code outside CDI: the mode a given setting means. */
    public static PlatformMode of(String setting) {
        PlatformMode mode = new PlatformMode();
        mode.configured = Optional.ofNullable(setting);
        return mode;
    }

    public boolean demo() {
        return configured.map(String::strip).filter(DEMO::equals).isPresent();
    }

    public boolean production() {
        return !demo();
    }

    @Override
    public String toString() {
        return demo() ? "demo (" + SETTING + "=" + DEMO + ")" : "production";
    }
}
