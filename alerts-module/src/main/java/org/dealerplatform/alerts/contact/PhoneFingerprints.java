package org.dealerplatform.alerts.contact;

import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dealerplatform.core.phone.PhoneNumber;

/**
 * HMAC-SHA-256 of the normalised number under its own key, for the association's erasure search.
 * Not tied to a tenant on purpose: an erasure request covers every dealer group. A plain hash
 * would not do: the mobile numbers are few enough to hash them all in an afternoon.
 */
public final class PhoneFingerprints {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public PhoneFingerprints(String setting, String base64Key) {
        this.key = new SecretKeySpec(KeyMaterial.decode(setting, base64Key), ALGORITHM);
    }

    public PhoneFingerprint of(PhoneNumber phone) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return new PhoneFingerprint(HexFormat.of().formatHex(mac.doFinal(phone.normalisedBytes())));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java 17 runtime", e);
        }
    }

    byte[] keyMaterial() {
        return key.getEncoded();
    }

    @Override
    public String toString() {
        return "PhoneFingerprints[HMAC-SHA-256]";
    }
}
