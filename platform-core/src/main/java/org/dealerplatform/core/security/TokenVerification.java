package org.dealerplatform.core.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** The application's one token verifier, configured from {@link IdentitySettings}. */
@ApplicationScoped
public class TokenVerification {

    @Inject
    IdentitySettings settings;

    @Inject
    org.dealerplatform.core.modules.ModuleRegistry modules;

    private TokenVerifier verifier;

    @PostConstruct
    void init() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        RealmKeys keys = new RealmKeys(settings.backchannelRealmEndpoint("/protocol/openid-connect/certs"), http);
        verifier = new TokenVerifier(keys, settings.issuer(), settings.audience(),
                Duration.ofSeconds(settings.clockSkewSeconds()), Clock.systemUTC(), modules.knownRoles());
    }

    public Caller verify(String accessToken) throws InvalidTokenException {
        return verifier.verify(accessToken);
    }

    /** An OpenID Connect ID token, issued by our realm to the given client. */
    public JsonObject verifiedIdTokenClaims(String idToken, String clientId) throws InvalidTokenException {
        JsonObject claims = verifier.verifiedClaims(idToken, clientId);
        if (!"ID".equals(claims.getString("typ", "ID"))) {
            throw new InvalidTokenException("not an ID token");
        }
        return claims;
    }
}
