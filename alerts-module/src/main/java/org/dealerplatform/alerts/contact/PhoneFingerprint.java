package org.dealerplatform.alerts.contact;

import java.util.regex.Pattern;

/**
 * A phone number's keyed fingerprint, 64 hex digits: the same number always gives the same
 * fingerprint, so "every stored trace of this number" is one indexed lookup, and without the key
 * nobody can test the 10^11 possible numbers against it.
 */
public record PhoneFingerprint(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PhoneFingerprint {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a phone fingerprint is 64 lower-case hex digits");
        }
    }
}
