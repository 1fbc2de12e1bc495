package org.dealerplatform.tenant.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.dealerplatform.core.security.IdentitySettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code platform-provisioner} service account: one place that knows how to reach the realm's
 * admin API, for provisioning dealer groups and for reading who the staff are.
 */
@ApplicationScoped
public class ProvisionerAccount {

    @Inject
    IdentitySettings identity;

    @Inject
    @ConfigProperty(name = "KEYCLOAK_PROVISIONER_CLIENT_ID", defaultValue = "platform-provisioner")
    String clientId;

    @Inject
    @ConfigProperty(name = ProvisionerSecretCheck.SETTING)
    Optional<String> secret;

    KeycloakAdminClient client() {
        return new KeycloakAdminClient(identity.backchannelBase(), identity.realm(), clientId, secret.orElse(""));
    }
}
