package org.dealerplatform.alerts.contact;

import java.util.Arrays;
import java.util.Base64;

/**
 * Reads a 256-bit key from a setting. Every refusal names the setting and never echoes its value,
 * so the start-up log says what to fix without leaking what was there.
 */
final class KeyMaterial {

    static final int BYTES = 32;

    private KeyMaterial() {
    }

    static byte[] decode(String setting, String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(setting + " is not set: it needs " + BYTES
                    + " random bytes in base64 (for example the output of `openssl rand -base64 32`)");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not valid base64");
        }
        if (key.length != BYTES) {
            throw new IllegalArgumentException(setting + " holds " + key.length + " bytes: it needs exactly " + BYTES
                    + " random bytes in base64 (`openssl rand -base64 32`)");
        }
        byte[] same = new byte[BYTES];
        Arrays.fill(same, key[0]);
        if (Arrays.equals(key, same)) {
            throw new IllegalArgumentException(setting + " is not random: every byte is the same");
        }
        return key;
    }
}
