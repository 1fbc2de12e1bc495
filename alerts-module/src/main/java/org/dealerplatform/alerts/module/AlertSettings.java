package org.dealerplatform.alerts.module;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The alerts module's settings, each an environment variable of the same name. The scan interval
 * is how long an unhappy customer waits at most (plus a scan) before the shop sees the alert; the
 * tests shorten it.
 */
@ApplicationScoped
public class AlertSettings {

    @Inject
    @ConfigProperty(name = "ALERTS_SCAN_SECONDS", defaultValue = "10")
    int scanSeconds;

    /** How often each node erases contacts past their 30 days (ContactSweeper); tests shorten it. */
    @Inject
    @ConfigProperty(name = "ALERTS_CONTACT_SWEEP_SECONDS", defaultValue = "600")
    int contactSweepSeconds;

    public Duration scanInterval() {
        return Duration.ofSeconds(Math.max(1, scanSeconds));
    }

    public Duration contactSweepInterval() {
        return Duration.ofSeconds(Math.max(1, contactSweepSeconds));
    }
}
