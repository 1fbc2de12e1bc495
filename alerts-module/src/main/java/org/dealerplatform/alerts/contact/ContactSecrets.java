package org.dealerplatform.alerts.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The two keys of contact data, read from settings (environment variables in production; never
 * the database they protect): {@value #KEY} (AES-256, base64) under key id {@value #KEY_ID}
 * (default 1), and {@value #FINGERPRINT_KEY} (HMAC, base64), which must be another key so that one
 * leaked key gives away one thing. {@link #refusals} is what a start-up check reports.
 */
public final class ContactSecrets {

    public static final String KEY = "ALERTS_CONTACT_KEY";
    public static final String KEY_ID = "ALERTS_CONTACT_KEY_ID";
    public static final String FINGERPRINT_KEY = "ALERTS_CONTACT_FINGERPRINT_KEY";

    private final ContactCipher cipher;
    private final PhoneFingerprints fingerprints;

    private ContactSecrets(ContactCipher cipher, PhoneFingerprints fingerprints) {
        this.cipher = cipher;
        this.fingerprints = fingerprints;
    }

    /** Every reason these settings cannot protect contact data; empty when they can. */
    public static List<String> refusals(Function<String, Optional<String>> settings) {
        List<String> refusals = new ArrayList<>();
        ContactKeys keys = null;
        PhoneFingerprints fingerprints = null;
        try {
            keys = ContactKeys.current(keyId(settings), KEY, settings.apply(KEY).orElse(null));
        } catch (IllegalArgumentException e) {
            refusals.add(e.getMessage());
        }
        try {
            fingerprints = new PhoneFingerprints(FINGERPRINT_KEY, settings.apply(FINGERPRINT_KEY).orElse(null));
        } catch (IllegalArgumentException e) {
            refusals.add(e.getMessage());
        }
        if (keys != null && fingerprints != null && keys.holds(fingerprints.keyMaterial())) {
            refusals.add(FINGERPRINT_KEY + " must be another key than " + KEY);
        }
        return List.copyOf(refusals);
    }

    /** The cipher and fingerprints these settings give, or every refusal at once. */
    public static ContactSecrets load(Function<String, Optional<String>> settings) {
        List<String> refusals = refusals(settings);
        if (!refusals.isEmpty()) {
            throw new IllegalStateException(String.join("; ", refusals));
        }
        return new ContactSecrets(
                new ContactCipher(ContactKeys.current(keyId(settings), KEY, settings.apply(KEY).orElseThrow())),
                new PhoneFingerprints(FINGERPRINT_KEY, settings.apply(FINGERPRINT_KEY).orElseThrow()));
    }

    private static int keyId(Function<String, Optional<String>> settings) {
        String given = settings.apply(KEY_ID).map(String::strip).orElse("1");
        int id;
        try {
            id = Integer.parseInt(given);
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id < 1 || id > 255) {
            throw new IllegalArgumentException(KEY_ID + " must be a whole number from 1 to 255");
        }
        return id;
    }

    public ContactCipher cipher() {
        return cipher;
    }

    public PhoneFingerprints fingerprints() {
        return fingerprints;
    }

    @Override
    public String toString() {
        return "ContactSecrets[" + cipher + ", " + fingerprints + "]";
    }
}
