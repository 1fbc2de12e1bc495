package org.dealerplatform.core.security;

import jakarta.json.spi.JsonProvider;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The realm's published signing keys (JWKS). Keys are cached; an unknown key id triggers one
 * re-fetch (Keycloak rotates keys), but at most every ten seconds so forged key ids cannot make
 * us hammer Keycloak.
 */
public final class RealmKeys implements VerificationKeys {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Logger LOG = Logger.getLogger(RealmKeys.class.getName());
    private static final Duration REFETCH_PAUSE = Duration.ofSeconds(10);

    private final URI jwksUri;
    private final HttpClient http;
    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private volatile Instant lastFetch = Instant.EPOCH;

    public RealmKeys(URI jwksUri, HttpClient http) {
        this.jwksUri = jwksUri;
        this.http = http;
    }

    @Override
    public Optional<PublicKey> byKeyId(String kid) {
        PublicKey key = keys.get(kid);
        if (key == null && Instant.now().isAfter(lastFetch.plus(REFETCH_PAUSE))) {
            refresh();
            key = keys.get(kid);
        }
        return Optional.ofNullable(key);
    }

    private synchronized void refresh() {
        if (Instant.now().isBefore(lastFetch.plus(REFETCH_PAUSE))) {
            return;
        }
        lastFetch = Instant.now();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(jwksUri)
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                LOG.warning(() -> "JWKS " + jwksUri + " answered " + response.statusCode());
                return;
            }
            Map<String, PublicKey> published = new java.util.HashMap<>();
            try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
                reader.readObject().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                        .filter(k -> "RSA".equals(k.getString("kty", "")) && !"enc".equals(k.getString("use", "sig")))
                        .forEach(k -> published.put(k.getString("kid"), rsaKey(k)));
            }
            // a key the realm no longer publishes (rotated out, or revoked) is no longer trusted
            keys.keySet().retainAll(published.keySet());
            keys.putAll(published);
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cannot fetch realm keys from " + jwksUri, e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static PublicKey rsaKey(JsonObject jwk) {
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            BigInteger modulus = new BigInteger(1, b64.decode(jwk.getString("n")));
            BigInteger exponent = new BigInteger(1, b64.decode(jwk.getString("e")));
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (Exception e) {
            throw new IllegalStateException("unreadable RSA key in JWKS", e);
        }
    }
}
