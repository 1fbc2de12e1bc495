package org.dealerplatform.core.mail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for one-click unsubscribe links (RFC 8058). The link must work without a login
 * (the mail client posts it), so the token itself carries who and what, and an HMAC-SHA256 proves
 * we issued it: nobody can unsubscribe somebody else or another shop.
 *
 * <p>Layout before URL-safe base64 (no padding): {@code version(1) | scopeLength(1) | scope |
 * address | mac(32)}. The version names the key, so a new key can be introduced while links in
 * mail already sent keep working: issue with the newest, accept every key still listed. Tokens do
 * not expire: an unsubscribe link should work as long as the mail is read.
 *
 * <p>The address is readable in the token (it is not encrypted); the link only ever goes to that
 * address. The endpoint should not log the path.
 */
public final class UnsubscribeTokens {

    private static final byte[] PURPOSE = "dealer-platform/unsubscribe\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAC_LENGTH = 32;
    private static final int MAX_TOKEN_CHARS = 600;

    private final int currentVersion;
    private final Map<Integer, byte[]> keys;

    private UnsubscribeTokens(int currentVersion, Map<Integer, byte[]> keys) {
        this.currentVersion = currentVersion;
        this.keys = Map.copyOf(keys);
    }

    /** Issues and accepts with this key; the secret must be at least 32 random bytes and not stored in the database. */
    public static UnsubscribeTokens withKey(int version, byte[] secret) {
        return new UnsubscribeTokens(version, Map.of(checkVersion(version), checkSecret(secret)));
    }

    /** Also accepts tokens signed with an older key, while still issuing with the current one. */
    public UnsubscribeTokens alsoAccepting(int version, byte[] secret) {
        Map<Integer, byte[]> more = new HashMap<>(keys);
        if (more.putIfAbsent(checkVersion(version), checkSecret(secret)) != null) {
            throw new IllegalArgumentException("key version already present");
        }
        return new UnsubscribeTokens(currentVersion, more);
    }

    /** What a valid token says: this address no longer wants mail of this scope (a shop id, a tenant id). */
    public record Unsubscription(MailAddress address, String scope) {
    }

    public String issue(MailAddress address, String scope) {
        byte[] body = body(currentVersion, address, scope);
        byte[] mac = mac(keys.get(currentVersion), body);
        byte[] token = ByteBuffer.allocate(body.length + MAC_LENGTH).put(body).put(mac).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The unsubscription a token proves, or empty for anything forged, altered, truncated or signed with an unknown key. */
    public Optional<Unsubscription> verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (raw.length < 2 + MAC_LENGTH + 3) {
            return Optional.empty();
        }
        byte[] key = keys.get(raw[0] & 0xff);
        int scopeLength = raw[1] & 0xff;
        int addressStart = 2 + scopeLength;
        int macStart = raw.length - MAC_LENGTH;
        if (key == null || addressStart >= macStart) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOfRange(raw, 0, macStart);
        byte[] given = Arrays.copyOfRange(raw, macStart, raw.length);
        if (!MessageDigest.isEqual(mac(key, body), given)) {
            return Optional.empty();
        }
        String scope = new String(raw, 2, scopeLength, StandardCharsets.UTF_8);
        String address = new String(raw, addressStart, macStart - addressStart, StandardCharsets.UTF_8);
        try {
            return Optional.of(new Unsubscription(MailAddress.of(address), scope));
        } catch (InvalidMailAddress e) {
            return Optional.empty();    // only if we once signed something we would not sign today
        }
    }

    private static byte[] body(int version, MailAddress address, String scope) {
        byte[] scopeBytes = scope == null ? new byte[0] : scope.getBytes(StandardCharsets.UTF_8);
        if (scopeBytes.length == 0 || scopeBytes.length > 255) {
            throw new IllegalArgumentException("scope must be 1..255 bytes");
        }
        byte[] addressBytes = address.value().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + scopeBytes.length + addressBytes.length)
                .put((byte) version).put((byte) scopeBytes.length).put(scopeBytes).put(addressBytes).array();
    }

    private static byte[] mac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(PURPOSE);    // the same secret used elsewhere can never sign an unsubscribe
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static int checkVersion(int version) {
        if (version < 0 || version > 255) {
            throw new IllegalArgumentException("key version is one byte");
        }
        return version;
    }

    private static byte[] checkSecret(byte[] secret) {
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("unsubscribe secret must be at least 32 bytes");
        }
        return secret.clone();
    }
}
