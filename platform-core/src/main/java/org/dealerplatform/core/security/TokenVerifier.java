package org.dealerplatform.core.security;

import jakarta.json.spi.JsonProvider;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Checks a Keycloak access token by hand rather than trusting a library default: only RS256 (so
 * {@code alg: none} and HMAC-with-the-public-key tricks are refused), a key the realm publishes,
 * the exact issuer, our audience, and expiry with a small configurable clock skew.
 */
public final class TokenVerifier {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final VerificationKeys keys;
    private final String issuer;
    private final String audience;
    private final Duration clockSkew;
    private final Clock clock;
    private final Set<String> knownRoles;

    /** A verifier that keeps only the platform's own three roles. */
    public TokenVerifier(VerificationKeys keys, String issuer, String audience, Duration clockSkew, Clock clock) {
        this(keys, issuer, audience, clockSkew, clock, Roles.ALL);
    }

    /**
     * {@code knownRoles}: the platform's roles plus those the installed modules declare (a judge
     * of the competition module). Any other value in the token's {@code groups} claim is dropped,
     * so a realm role nobody installed can never open anything.
     */
    public TokenVerifier(VerificationKeys keys, String issuer, String audience, Duration clockSkew, Clock clock,
                         Set<String> knownRoles) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.clockSkew = clockSkew;
        this.clock = clock;
        this.knownRoles = Set.copyOf(knownRoles);
    }

    public Caller verify(String token) throws InvalidTokenException {
        JsonObject claims = verifiedClaims(token);
        String tokenType = claims.getString("typ", "");
        if (!"Bearer".equals(tokenType)) {
            throw new InvalidTokenException("not an access token");
        }
        return toCaller(claims);
    }

    /** Verifies signature, issuer, audience and time; the claims returned can be trusted. */
    public JsonObject verifiedClaims(String token) throws InvalidTokenException {
        return verifiedClaims(token, audience);
    }

    /** The same checks for a token meant for another audience, e.g. an ID token for the web client. */
    public JsonObject verifiedClaims(String token, String expectedAudience) throws InvalidTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw new InvalidTokenException("malformed token");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new InvalidTokenException("unsupported signature algorithm");
        }
        String kid = header.getString("kid", "");
        PublicKey key = keys.byKeyId(kid).orElseThrow(() -> new InvalidTokenException("unknown signing key"));
        checkSignature(key, parts);
        JsonObject claims = json(parts[1]);
        checkIssuer(claims);
        checkAudience(claims, expectedAudience);
        checkTime(claims);
        return claims;
    }

    private void checkSignature(PublicKey key, String[] parts) throws InvalidTokenException {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new InvalidTokenException("bad signature");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("bad signature", e);
        }
    }

    private void checkIssuer(JsonObject claims) throws InvalidTokenException {
        if (!issuer.equals(claims.getString("iss", null))) {
            throw new InvalidTokenException("wrong issuer");
        }
    }

    private static void checkAudience(JsonObject claims, String audience) throws InvalidTokenException {
        JsonValue aud = claims.get("aud");
        boolean ours = aud instanceof JsonString s && audience.equals(s.getString())
                || aud instanceof JsonArray a && a.stream()
                        .anyMatch(v -> v instanceof JsonString s && audience.equals(s.getString()));
        if (!ours) {
            throw new InvalidTokenException("wrong audience");
        }
    }

    private void checkTime(JsonObject claims) throws InvalidTokenException {
        long now = clock.instant().getEpochSecond();
        long skew = clockSkew.getSeconds();
        if (!claims.containsKey("exp") || claims.getJsonNumber("exp").longValue() + skew < now) {
            throw new InvalidTokenException("token expired");
        }
        if (claims.containsKey("nbf") && claims.getJsonNumber("nbf").longValue() - skew > now) {
            throw new InvalidTokenException("token not yet valid");
        }
    }

    private Caller toCaller(JsonObject claims) {
        Set<String> roles = new LinkedHashSet<>();
        JsonValue groups = claims.get("groups");
        if (groups instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .filter(knownRoles::contains)
                    .forEach(roles::add);
        }
        return new Caller(claims.getString("sub", ""),
                claims.getString("preferred_username", claims.getString("sub", "")),
                roles, text(claims, "tenant"), text(claims, "shop"));
    }

    private static String text(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        // Keycloak's attribute mapper emits an array when "multivalued" is on; one value is fine.
        if (value instanceof JsonArray a && a.size() == 1 && a.get(0) instanceof JsonString s) {
            return s.getString();
        }
        return null;
    }

    static JsonObject json(String base64url) throws InvalidTokenException {
        try (JsonReader reader = JSON.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidTokenException("malformed token", e);
        }
    }
}
