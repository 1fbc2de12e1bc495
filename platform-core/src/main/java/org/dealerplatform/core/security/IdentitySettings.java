package org.dealerplatform.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealerplatform.core.settings.PlatformMode;
import org.dealerplatform.core.settings.SettingsCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is. Optional settings are {@code Optional}: MicroProfile Config treats an empty
 * default value as missing, and injecting a missing String fails the deployment.
 * <p> {@code KEYCLOAK_URL} is the address browsers use and the one that appears in
 * the token issuer; {@code KEYCLOAK_BACKCHANNEL_URL} (default: the same) is how this server reaches
 * Keycloak itself, which differs behind proxies or in containers.
 * <p> In production the console's client secret must be set and must not be the demo realm's
 * {@value #DEMO_WEB_SECRET}.
 */
@ApplicationScoped
public class IdentitySettings implements SettingsCheck {

    /** The web client's secret in the demo realm ({@code demo-clients.json}), public in this repository. */
    static final String DEMO_WEB_SECRET = "demo-web-secret";

    @Inject
    @ConfigProperty(name = "KEYCLOAK_URL", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "KEYCLOAK_BACKCHANNEL_URL")
    Optional<String> backchannelUrl;

    @Inject
    @ConfigProperty(name = "KEYCLOAK_REALM", defaultValue = "dealer-platform")
    String realm;

    @Inject
    @ConfigProperty(name = "JWT_AUDIENCE", defaultValue = "dealer-platform")
    String audience;

    @Inject
    @ConfigProperty(name = "JWT_CLOCK_SKEW_SECONDS", defaultValue = "30")
    long clockSkewSeconds;

    @Inject
    @ConfigProperty(name = "PLATFORM_CLIENT_ID", defaultValue = "dealer-platform-web")
    String webClientId;

    @Inject
    @ConfigProperty(name = "PLATFORM_CLIENT_SECRET")
    Optional<String> webClientSecret;

    @Inject
    @ConfigProperty(name = "PUBLIC_BASE_URL")
    Optional<String> publicBaseUrl;

    public String issuer() {
        return strip(keycloakUrl) + "/realms/" + realm;
    }

    public String realm() {
        return realm;
    }

    /** Base URL for server-to-Keycloak calls (keys, token exchange, admin API). */
    public String backchannelBase() {
        return strip(backchannelUrl.filter(u -> !u.isBlank()).orElse(keycloakUrl));
    }

    public URI backchannelRealmEndpoint(String path) {
        return URI.create(backchannelBase() + "/realms/" + realm + path);
    }

    public URI browserRealmEndpoint(String path) {
        return URI.create(issuer() + path);
    }

    public String audience() {
        return audience;
    }

    public long clockSkewSeconds() {
        return clockSkewSeconds;
    }

    public String webClientId() {
        return webClientId;
    }

    public String webClientSecret() {
        return webClientSecret.orElse("");
    }

    /**
     * The platform's address as browsers reach it, for OIDC redirect URIs. Set it in production
     * (behind a proxy the request's own address is not the public one); unset, the address of the
     * current request is used, which is right for local runs and tests on any port.
     */
    public String publicBaseUrl(java.net.URI requestBase) {
        if (publicBaseUrl.filter(u -> !u.isBlank()).isPresent()) {
            return strip(publicBaseUrl.get());
        }
        return strip(requestBase.getScheme() + "://" + requestBase.getRawAuthority());
    }

    @Override
    public List<String> refusals(PlatformMode mode) {
        List<String> refusals = new ArrayList<>();
        if (mode.production()) {
            if (webClientSecret.filter(s -> !s.isBlank()).isEmpty()) {
                refusals.add("PLATFORM_CLIENT_SECRET is not set: the console signs in through the confidential"
                        + " client " + webClientId + "; set its secret from Keycloak (Clients > Credentials)");
            }
            SettingsCheck.demoSecret("PLATFORM_CLIENT_SECRET", webClientSecret, Set.of(DEMO_WEB_SECRET))
                    .ifPresent(refusals::add);
        }
        return refusals;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
