package org.dealerplatform.tenant.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.dealerplatform.core.settings.PlatformMode;
import org.junit.jupiter.api.Test;

/** The provisioner's secret can create admins: production refuses the demo one and none. */
class ProvisionerSecretCheckTest {

    static ProvisionerSecretCheck with(String secret) {
        ProvisionerSecretCheck check = new ProvisionerSecretCheck();
        check.secret = Optional.ofNullable(secret);
        return check;
    }

    @Test
    void productionRefusesTheDemoSecretAndNone() {
        PlatformMode production = PlatformMode.of(null);
        assertTrue(with("demo-provisioner-secret").refusals(production).get(0)
                .startsWith("KEYCLOAK_PROVISIONER_SECRET is the demo"));
        assertTrue(with(null).refusals(production).get(0).startsWith("KEYCLOAK_PROVISIONER_SECRET is not set"));
        assertEquals(List.of(), with("Zt1m-secret-from-keycloak").refusals(production));
    }

    @Test
    void theDemoStackMayUseIt() {
        assertEquals(List.of(), with("demo-provisioner-secret").refusals(PlatformMode.of("demo")));
    }
}
