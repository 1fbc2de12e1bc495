package org.dealerplatform.alerts.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.dealerplatform.core.phone.PhoneNumber;

class ContactSecretsTest {

    static final String KEY = ContactCipherTest.KEY_A;
    /** Bytes 200..231; its HMAC of "+8613812345678" was computed outside Java (Python's hmac). */
    static final String FINGERPRINT_KEY = "yMnKy8zNzs/Q0dLT1NXW19jZ2tvc3d7f4OHi4+Tl5uc=";

    private static Function<String, Optional<String>> settings(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return name -> Optional.ofNullable(map.get(name));
    }

    @Test
    void good_settings_give_a_working_cipher_and_fingerprints() {
        ContactSecrets secrets = ContactSecrets.load(settings(ContactSecrets.KEY, KEY, ContactSecrets.KEY_ID, "3",
                ContactSecrets.FINGERPRINT_KEY, FINGERPRINT_KEY));
        PhoneNumber phone = PhoneNumber.parse("13812345678");
        byte[] sealed = secrets.cipher().seal(phone, "group-a", "alert-1");
        assertEquals(3, ContactCipher.keyIdOf(sealed));
        assertEquals(phone, secrets.cipher().open(sealed, "group-a", "alert-1"));
        assertEquals(List.of(), ContactSecrets.refusals(settings(ContactSecrets.KEY, KEY,
                ContactSecrets.FINGERPRINT_KEY, FINGERPRINT_KEY)), "the key id defaults to 1");
        assertFalse(secrets.toString().contains(KEY) || secrets.toString().contains(FINGERPRINT_KEY));
    }

    @Test
    void missing_keys_are_refused_naming_each_setting() {
        List<String> refusals = ContactSecrets.refusals(settings());
        assertEquals(2, refusals.size());
        assertTrue(refusals.get(0).startsWith("ALERTS_CONTACT_KEY is not set"), refusals.get(0));
        assertTrue(refusals.get(1).startsWith("ALERTS_CONTACT_FINGERPRINT_KEY is not set"), refusals.get(1));
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> ContactSecrets.load(settings()));
        assertEquals(String.join("; ", refusals), failure.getMessage());
    }

    @Test
    void a_short_malformed_or_constant_key_is_refused_without_echoing_it() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        String zeros = Base64.getEncoder().encodeToString(new byte[32]);
        assertEquals(List.of("ALERTS_CONTACT_KEY holds 16 bytes: it needs exactly 32 random bytes in base64 (`openssl rand -base64 32`)"),
                ContactSecrets.refusals(settings(ContactSecrets.KEY, short16, ContactSecrets.FINGERPRINT_KEY, FINGERPRINT_KEY)));
        assertEquals(List.of("ALERTS_CONTACT_KEY is not valid base64"),
                ContactSecrets.refusals(settings(ContactSecrets.KEY, "not base64!", ContactSecrets.FINGERPRINT_KEY, FINGERPRINT_KEY)));
        assertEquals(List.of("ALERTS_CONTACT_FINGERPRINT_KEY is not random: every byte is the same"),
                ContactSecrets.refusals(settings(ContactSecrets.KEY, KEY, ContactSecrets.FINGERPRINT_KEY, zeros)));
    }

    @Test
    void the_fingerprint_key_must_be_another_key() {
        assertEquals(List.of("ALERTS_CONTACT_FINGERPRINT_KEY must be another key than ALERTS_CONTACT_KEY"),
                ContactSecrets.refusals(settings(ContactSecrets.KEY, KEY, ContactSecrets.FINGERPRINT_KEY, KEY)));
    }

    @Test
    void a_key_id_outside_1_to_255_is_refused() {
        for (String id : new String[] {"0", "256", "one", "-1"}) {
            assertEquals(List.of("ALERTS_CONTACT_KEY_ID must be a whole number from 1 to 255"),
                    ContactSecrets.refusals(settings(ContactSecrets.KEY, KEY, ContactSecrets.KEY_ID, id,
                            ContactSecrets.FINGERPRINT_KEY, FINGERPRINT_KEY)), id);
        }
    }

    @Test
    void a_fingerprint_is_the_hmac_sha256_of_the_normalised_number() {
        PhoneFingerprints fingerprints = new PhoneFingerprints("F", FINGERPRINT_KEY);
        PhoneFingerprint expected = new PhoneFingerprint("7a2ebf226f32447edf55998cbd543eab51a063da9f223f7a2f3df007997f7f41");
        assertEquals(expected, fingerprints.of(PhoneNumber.parse("13812345678")));
        assertEquals(expected, fingerprints.of(PhoneNumber.parse("+86 138-1234-5678")), "however it was typed");
        assertNotEquals(expected, fingerprints.of(PhoneNumber.parse("13812345679")));
        assertNotEquals(expected, new PhoneFingerprints("F", KEY).of(PhoneNumber.parse("13812345678")),
                "another key, another fingerprint: nobody can hash all numbers without the key");
        assertEquals("PhoneFingerprints[HMAC-SHA-256]", fingerprints.toString());
    }
}
