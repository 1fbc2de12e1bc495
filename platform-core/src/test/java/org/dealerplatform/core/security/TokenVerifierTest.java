package org.dealerplatform.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    static final String ISSUER = "http://localhost:8180/realms/dealer-platform";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final KeyPair REALM = keyPair();
    static final KeyPair STRANGER = keyPair();

    final TokenVerifier verifier = new TokenVerifier(
            kid -> "realm-key".equals(kid) ? Optional.of(REALM.getPublic()) : Optional.empty(),
            ISSUER, "dealer-platform", Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsRealmTokenAndReadsTenantShopAndRoles() throws Exception {
        Caller caller = verifier.verify(sign(header("RS256", "realm-key"), claims().build(), REALM.getPrivate()));
        assertEquals("group-a", caller.username());
        assertEquals("demo-group-a", caller.tenantId());
        assertEquals("A1", caller.shopCode());
        assertEquals(Set.of("group-admin"), caller.roles());
    }

    @Test
    void ignoresUnknownRolesAndAcceptsAudienceArray() throws Exception {
        JsonObject claims = claims()
                .add("aud", Json.createArrayBuilder().add("account").add("dealer-platform"))
                .add("groups", Json.createArrayBuilder().add("offline_access").add("shop-manager")).build();
        Caller caller = verifier.verify(sign(header("RS256", "realm-key"), claims, REALM.getPrivate()));
        assertEquals(Set.of("shop-manager"), caller.roles());
    }

    @Test
    void keepsTheRolesInstalledModulesDeclareAndDropsTheRest() throws Exception {
        JsonObject claims = claims().remove("tenant").remove("shop")
                .add("groups", Json.createArrayBuilder().add("judge").add("report-viewer")).build();
        String token = sign(header("RS256", "realm-key"), claims, REALM.getPrivate());
        assertEquals(Set.of(), verifier.verify(token).roles(), "core alone knows no judge");
        TokenVerifier withCompetitions = new TokenVerifier(
                kid -> "realm-key".equals(kid) ? Optional.of(REALM.getPublic()) : Optional.empty(),
                ISSUER, "dealer-platform", Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC),
                Set.of("association-admin", "group-admin", "shop-manager", "judge"));
        assertEquals(Set.of("judge"), withCompetitions.verify(token).roles(),
                "a module's declared role is kept, a role nobody declared is dropped");
    }

    @Test
    void refusesAlgNone() {
        String unsigned = part(header("none", "realm-key").toString()) + "." + part(claims().build().toString()) + ".";
        assertRefused(unsigned, "malformed token");
        assertRefused(part(header("none", "realm-key").toString()) + "." + part(claims().build().toString()) + ".c2ln",
                "unsupported signature algorithm");
    }

    @Test
    void refusesHmacSignedWithAnything() {
        assertRefused(sign(header("HS256", "realm-key"), claims().build(), REALM.getPrivate()),
                "unsupported signature algorithm");
    }

    @Test
    void refusesTokenSignedByAnotherKeyUnderTheRealmKeyId() {
        assertRefused(sign(header("RS256", "realm-key"), claims().build(), STRANGER.getPrivate()), "bad signature");
    }

    @Test
    void refusesUnknownKeyId() {
        assertRefused(sign(header("RS256", "other"), claims().build(), STRANGER.getPrivate()), "unknown signing key");
    }

    @Test
    void refusesTamperedPayload() {
        String token = sign(header("RS256", "realm-key"), claims().build(), REALM.getPrivate());
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + part(claims().add("tenant", "demo-group-b").build().toString()) + "." + parts[2];
        assertRefused(forged, "bad signature");
    }

    @Test
    void refusesWrongIssuer() {
        assertRefused(sign(header("RS256", "realm-key"), claims().add("iss", "http://evil/realms/dealer-platform").build(),
                REALM.getPrivate()), "wrong issuer");
    }

    @Test
    void refusesWrongAudience() {
        assertRefused(sign(header("RS256", "realm-key"), claims().add("aud", "account").build(), REALM.getPrivate()),
                "wrong audience");
        JsonObject noAudience = claims().build();
        JsonObjectBuilder copy = Json.createObjectBuilder(noAudience);
        copy.remove("aud");
        assertRefused(sign(header("RS256", "realm-key"), copy.build(), REALM.getPrivate()), "wrong audience");
    }

    @Test
    void refusesExpiredBeyondSkewButToleratesSmallSkew() throws Exception {
        assertRefused(sign(header("RS256", "realm-key"),
                claims().add("exp", NOW.minusSeconds(31).getEpochSecond()).build(), REALM.getPrivate()), "token expired");
        verifier.verify(sign(header("RS256", "realm-key"),
                claims().add("exp", NOW.minusSeconds(29).getEpochSecond()).build(), REALM.getPrivate()));
    }

    @Test
    void refusesIdTokenAsAccessToken() {
        assertRefused(sign(header("RS256", "realm-key"), claims().add("typ", "ID").build(), REALM.getPrivate()),
                "not an access token");
    }

    @Test
    void refusesTokenWithoutType() {
        JsonObjectBuilder claims = claims();
        claims.remove("typ");
        assertRefused(sign(header("RS256", "realm-key"), claims.build(), REALM.getPrivate()), "not an access token");
    }

    @Test
    void refusesGarbage() {
        assertRefused("", "no token");
        assertRefused("abc", "malformed token");
        assertRefused("a.b.c", "malformed token");
    }

    @Test
    void tenantRoleWithoutTenantClaimIsInconsistent() throws Exception {
        JsonObjectBuilder claims = claims();
        claims.remove("tenant");
        Caller caller = verifier.verify(sign(header("RS256", "realm-key"), claims.build(), REALM.getPrivate()));
        assertNull(caller.tenantId());
        assertTrue(caller.inconsistency().isPresent());
    }

    private void assertRefused(String token, String reason) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(token));
        assertEquals(reason, e.getMessage());
    }

    static JsonObjectBuilder claims() {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("aud", "dealer-platform")
                .add("sub", "f1c1")
                .add("typ", "Bearer")
                .add("exp", NOW.plusSeconds(300).getEpochSecond())
                .add("iat", NOW.minusSeconds(10).getEpochSecond())
                .add("preferred_username", "group-a")
                .add("tenant", "demo-group-a")
                .add("shop", "A1")
                .add("groups", Json.createArrayBuilder().add("group-admin"));
    }

    static JsonObject header(String alg, String kid) {
        return Json.createObjectBuilder().add("alg", alg).add("kid", kid).add("typ", "JWT").build();
    }

    static String sign(JsonObject header, JsonObject claims, PrivateKey key) {
        try {
            String input = part(header.toString()) + "." + part(claims.toString());
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String part(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
