package org.dealerplatform.core.console;

import jakarta.json.spi.JsonProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.dealerplatform.core.security.Caller;
import org.dealerplatform.core.security.IdentitySettings;
import org.dealerplatform.core.security.InvalidTokenException;
import org.dealerplatform.core.security.TokenVerification;

/** The console's side of OpenID Connect: authorize URL, code exchange, refresh, logout URL. */
@ApplicationScoped
public class OidcClient {

    /** One provider for the class: {@code Json.createX} looks the provider up anew on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    IdentitySettings settings;

    @Inject
    TokenVerification tokens;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public PendingLogin newLogin(String returnTo, URI requestBase) {
        return new PendingLogin(random(), random(), random() + random(), returnTo,
                settings.publicBaseUrl(requestBase) + "/console/callback");
    }

    public URI authorizeUrl(PendingLogin login) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.webClientId());
        query.put("response_type", "code");
        query.put("scope", "openid");
        query.put("redirect_uri", login.redirectUri());
        query.put("state", login.state());
        query.put("nonce", login.nonce());
        query.put("code_challenge", challenge(login.codeVerifier()));
        query.put("code_challenge_method", "S256");
        return URI.create(settings.browserRealmEndpoint("/protocol/openid-connect/auth") + "?" + form(query));
    }

    /** Exchanges the code; verifies the access token and the ID token's nonce before trusting either. */
    public ConsoleLogin exchange(String code, PendingLogin pending) throws InvalidTokenException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", pending.redirectUri());
        form.put("code_verifier", pending.codeVerifier());
        JsonObject answer = tokenRequest(form);
        JsonObject idClaims = tokens.verifiedIdTokenClaims(answer.getString("id_token", ""), settings.webClientId());
        if (!pending.nonce().equals(idClaims.getString("nonce", ""))) {
            throw new InvalidTokenException("nonce mismatch");
        }
        return toLogin(answer, random());
    }

    public ConsoleLogin refresh(ConsoleLogin login) throws InvalidTokenException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", login.refreshToken());
        JsonObject answer = tokenRequest(form);
        return toLogin(answer, login.csrf());
    }

    public URI logoutUrl(ConsoleLogin login, URI requestBase) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", settings.webClientId());
        query.put("post_logout_redirect_uri", settings.publicBaseUrl(requestBase) + "/console");
        if (login != null && login.idToken() != null) {
            query.put("id_token_hint", login.idToken());
        }
        return URI.create(settings.browserRealmEndpoint("/protocol/openid-connect/logout") + "?" + form(query));
    }

    private ConsoleLogin toLogin(JsonObject answer, String csrf) throws InvalidTokenException {
        String access = answer.getString("access_token", "");
        Caller caller = tokens.verify(access);
        Instant expires = Instant.now().plusSeconds(answer.getJsonNumber("expires_in").longValue());
        return new ConsoleLogin(caller, access, answer.getString("refresh_token", null),
                answer.getString("id_token", null), expires, csrf);
    }

    private JsonObject tokenRequest(Map<String, String> form) throws InvalidTokenException {
        form.put("client_id", settings.webClientId());
        form.put("client_secret", settings.webClientSecret());
        HttpRequest request = HttpRequest.newBuilder(settings.backchannelRealmEndpoint("/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new InvalidTokenException("token endpoint answered " + response.statusCode());
            }
            try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            } catch (jakarta.json.JsonException | IllegalStateException e) {
                throw new InvalidTokenException("Keycloak's token endpoint answered something that is not a JSON object", e);
            }
        } catch (java.io.IOException e) {
            throw new InvalidTokenException("Keycloak is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidTokenException("interrupted", e);
        }
    }

    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
