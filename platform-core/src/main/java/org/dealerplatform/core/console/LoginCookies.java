package org.dealerplatform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dealerplatform.core.settings.PlatformMode;
import org.dealerplatform.core.settings.SettingsCheck;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A sign-in in progress, kept by the browser instead of the server: {@code GET /console/login}
 * puts state, nonce, PKCE verifier, redirect URI and return path into one cookie, signed with
 * HMAC-SHA256 and good for {@link #LIFETIME}, and the callback trusts it only if the signature
 * holds, it has not expired and its state equals the state Keycloak sends back. So an anonymous
 * visitor costs the server nothing to remember: no session exists before a successful sign-in.
 * <p>
 * The cookie is HttpOnly, SameSite=Lax (Keycloak's redirect back is a top-level GET, which Lax
 * lets through) and sent only to {@value #PATH}; Secure when the public address is https. It is
 * signed, not encrypted: the verifier in it is worth nothing without the code, which only the
 * same browser receives, and a page script cannot read it.
 * <p>
 * The key is {@code CONSOLE_LOGIN_KEY} (at least 32 bytes) or else 32 random bytes drawn when
 * this JVM starts. With several nodes, set {@code CONSOLE_LOGIN_KEY} to the same value on all of
 * them: otherwise a callback landing on another node than the login start, or after a restart,
 * is refused and the user simply signs in again.
 */
@ApplicationScoped
public class LoginCookies implements SettingsCheck {

    public static final String NAME = "console_login";
    public static final String PATH = "/console/callback";
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final String KEY_SETTING = "CONSOLE_LOGIN_KEY";
    static final int MIN_KEY_BYTES = 32;
    /** Far above a real cookie (about 500 characters); anything longer is not even parsed. */
    private static final int MAX_LENGTH = 3_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = KEY_SETTING)
    Optional<String> configuredKey;

    Clock clock = Clock.systemUTC();

    private volatile SecretKeySpec key;

    /** The {@code Set-Cookie} header value that starts a sign-in. */
    public String issue(PendingLogin pending) {
        return header(seal(pending), LIFETIME.toSeconds(), secure(pending.redirectUri()));
    }

    /** Removes the cookie; sent with every callback answer, so a sign-in in progress is used once. */
    public String cleared(String publicBase) {
        return header("", 0, secure(publicBase));
    }

    /** Written by hand: the attributes are exactly these, whatever the JAX-RS implementation adds to a NewCookie. */
    private static String header(String value, long maxAge, boolean secure) {
        return NAME + "=" + value + "; Path=" + PATH + "; Max-Age=" + maxAge + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }

    /** The sign-in the cookie holds, if it is ours, unchanged, not expired and for this very state. */
    public Optional<PendingLogin> open(String cookie, String state) {
        if (cookie == null || state == null || cookie.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int lastDot = cookie.lastIndexOf('.');
        if (lastDot < 1) {
            return Optional.empty();
        }
        String payload = cookie.substring(0, lastDot);
        // compared as text: a decoder ignores the unused low bits of the last character
        byte[] given = cookie.substring(lastDot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(signed(payload).getBytes(StandardCharsets.US_ASCII), given)) {
            return Optional.empty();
        }
        String[] fields = payload.split("\\.", -1);
        if (fields.length != 6) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (String field : fields) {
            values.add(new String(Base64.getUrlDecoder().decode(field), StandardCharsets.UTF_8));
        }
        long expires;
        try {
            expires = Long.parseLong(values.get(0));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        PendingLogin pending = new PendingLogin(values.get(1), values.get(2), values.get(3), values.get(4), values.get(5));
        boolean sameState = MessageDigest.isEqual(pending.state().getBytes(StandardCharsets.UTF_8),
                state.getBytes(StandardCharsets.UTF_8));
        if (!sameState || clock.instant().getEpochSecond() > expires) {
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** {@code CONSOLE_LOGIN_KEY}, when set, must be long enough to sign with. */
    @Override
    public List<String> refusals(PlatformMode mode) {
        if (mode.production() && configuredKey.filter(k -> !k.isBlank()).isPresent()) {
            return SettingsCheck.weakSecret(KEY_SETTING, configuredKey, MIN_KEY_BYTES).stream().toList();
        }
        return List.of();
    }

    String seal(PendingLogin pending) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = String.join(".", encode(Long.toString(expires)), encode(pending.state()),
                encode(pending.nonce()), encode(pending.codeVerifier()), encode(pending.returnTo()),
                encode(pending.redirectUri()));
        return payload + "." + signed(payload);
    }

    private String signed(String payload) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signature(payload));
    }

    private byte[] signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(("console-login:" + payload).getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(configuredKey.filter(k -> !k.isBlank())
                            .map(k -> k.strip().getBytes(StandardCharsets.UTF_8)).orElseGet(LoginCookies::generated),
                            "HmacSHA256");
                }
                known = key;
            }
        }
        return known;
    }

    private static byte[] generated() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String encode(String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean secure(String url) {
        return url != null && url.startsWith("https:");
    }
}
