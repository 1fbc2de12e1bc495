package org.dealerplatform.core.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Refuses to start a production installation with demo secrets or without the secrets it needs:
 * asks every {@link SettingsCheck} (core's and the modules'), logs one SEVERE line per reason
 * ("Refusing to start in production mode: SURVEY_SECRET is not set: ...") and fails the
 * deployment, before the migrations run ({@code Migrations} depends on this bean), so readiness
 * never turns UP. In demo mode the checks may still refuse what is wrong in any mode.
 */
@Singleton
@Startup
public class StartupCheck {

    private static final Logger LOG = Logger.getLogger(StartupCheck.class.getName());

    @Inject
    PlatformMode mode;

    @Inject
    @Any
    Instance<SettingsCheck> checks;

    @PostConstruct
    void onStart() {
        verify(mode, checks);
        LOG.info(() -> "platform mode: " + mode + (mode.demo()
                ? "; demo secrets are accepted, never run a real installation like this" : ""));
    }

    /** Logs every reason and throws, failing the deployment, when there is any. */
    static void verify(PlatformMode mode, Iterable<? extends SettingsCheck> checks) {
        List<String> refusals = refusals(mode, checks);
        if (!refusals.isEmpty()) {
            refusals.forEach(reason -> LOG.severe("Refusing to start in " + mode + " mode: " + reason));
            throw new IllegalStateException("Refusing to start in " + mode + " mode: " + String.join("; ", refusals));
        }
    }

    /** Every reason of every check, in the order the checks answer. */
    static List<String> refusals(PlatformMode mode, Iterable<? extends SettingsCheck> checks) {
        List<String> refusals = new ArrayList<>();
        for (SettingsCheck check : checks) {
            check.refusals(mode).forEach(refusals::add);
        }
        return refusals;
    }
}
