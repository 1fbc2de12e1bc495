package org.dealerplatform.tenant.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.settings.PlatformMode;
import org.dealerplatform.core.settings.SettingsCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The provisioner's service account can create users with any role, so in production its secret
 * ({@code KEYCLOAK_PROVISIONER_SECRET}, used by {@link TenantProvisioning}) must be set and must
 * not be the demo realm's published {@value #DEMO_SECRET}.
 */
@ApplicationScoped
public class ProvisionerSecretCheck implements SettingsCheck {

    static final String SETTING = "KEYCLOAK_PROVISIONER_SECRET";
    /** The provisioner's secret in the demo realm ({@code demo-clients.json}), public in this repository. */
    static final String DEMO_SECRET = "demo-provisioner-secret";

    @Inject
    @ConfigProperty(name = SETTING)
    Optional<String> secret;

    @Override
    public List<String> refusals(PlatformMode mode) {
        List<String> refusals = new ArrayList<>();
        if (mode.production()) {
            if (secret.filter(s -> !s.isBlank()).isEmpty()) {
                refusals.add(SETTING + " is not set: onboarding a dealer group creates its first admin through the"
                        + " platform-provisioner client; set its secret from Keycloak (Clients > Credentials)");
            }
            SettingsCheck.demoSecret(SETTING, secret, Set.of(DEMO_SECRET)).ifPresent(refusals::add);
        }
        return refusals;
    }
}
