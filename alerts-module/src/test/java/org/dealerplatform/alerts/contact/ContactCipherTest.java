package org.dealerplatform.alerts.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.dealerplatform.alerts.contact.ContactUnreadable.Reason;
import org.junit.jupiter.api.Test;
import org.dealerplatform.core.phone.PhoneNumber;

class ContactCipherTest {

    /** Bytes 0..31 and 100..131: fixed, so a failure reproduces. */
    static final String KEY_A = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String KEY_B = "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=";
    static final String TENANT = "group-a";
    static final String ALERT = "7f9c2d4e-1b3a-4c5d-8e6f-0a1b2c3d4e5f";

    private final ContactCipher cipher = new ContactCipher(ContactKeys.current(1, "ALERTS_CONTACT_KEY", KEY_A));
    private final PhoneNumber mobile = PhoneNumber.parse("13812345678");

    @Test
    void a_sealed_number_opens_to_the_same_number_for_its_alert() {
        byte[] sealed = cipher.seal(mobile, TENANT, ALERT);
        assertEquals(mobile, cipher.open(sealed, TENANT, ALERT));

        PhoneNumber landline = PhoneNumber.parse("0755-2345678");
        assertEquals(landline, cipher.open(cipher.seal(landline, TENANT, ALERT), TENANT, ALERT));
    }

    @Test
    void every_sealed_number_has_the_same_length_and_starts_with_its_key_id() {
        byte[] sealedMobile = cipher.seal(mobile, TENANT, ALERT);
        byte[] sealedLandline = cipher.seal(PhoneNumber.parse("010-62345678"), TENANT, ALERT);
        assertEquals(45, sealedMobile.length);
        assertEquals(45, sealedLandline.length, "the length does not tell a mobile from a landline");
        assertEquals(1, sealedMobile[0]);
        assertEquals(1, ContactCipher.keyIdOf(sealedMobile));
    }

    @Test
    void the_number_is_nowhere_in_the_sealed_bytes_and_each_sealing_is_different() {
        byte[] first = cipher.seal(mobile, TENANT, ALERT);
        byte[] second = cipher.seal(mobile, TENANT, ALERT);
        assertFalse(Arrays.equals(first, second), "a fresh random nonce each time");
        assertFalse(Arrays.equals(Arrays.copyOfRange(first, 1, 13), Arrays.copyOfRange(second, 1, 13)));
        String hex = HexFormat.of().formatHex(first);
        String latin = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(latin.contains("5678") || hex.contains(HexFormat.of().formatHex("5678".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(mobile, cipher.open(second, TENANT, ALERT));
    }

    @Test
    void a_wrong_key_fails_clearly() {
        byte[] sealed = cipher.seal(mobile, TENANT, ALERT);
        ContactCipher otherKeySameId = new ContactCipher(ContactKeys.current(1, "ALERTS_CONTACT_KEY", KEY_B));
        ContactUnreadable failure = assertThrows(ContactUnreadable.class, () -> otherKeySameId.open(sealed, TENANT, ALERT));
        assertEquals(Reason.NOT_AUTHENTIC, failure.reason());
        assertEquals("the contact data of alert " + ALERT + " cannot be read: wrong key, altered, or sealed for another alert",
                failure.getMessage());
    }

    @Test
    void a_key_id_this_node_does_not_hold_fails_clearly() {
        byte[] sealed = cipher.seal(mobile, TENANT, ALERT);
        ContactCipher otherId = new ContactCipher(ContactKeys.current(2, "ALERTS_CONTACT_KEY", KEY_A));
        ContactUnreadable failure = assertThrows(ContactUnreadable.class, () -> otherId.open(sealed, TENANT, ALERT));
        assertEquals(Reason.UNKNOWN_KEY, failure.reason());
        assertTrue(failure.getMessage().contains("key id 1"), failure.getMessage());
    }

    @Test
    void changing_any_single_bit_is_detected() {
        byte[] sealed = cipher.seal(mobile, TENANT, ALERT);
        for (int i = 0; i < sealed.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = sealed.clone();
                tampered[i] ^= (byte) (1 << bit);
                ContactUnreadable failure = assertThrows(ContactUnreadable.class,
                        () -> cipher.open(tampered, TENANT, ALERT), "byte " + i);
                assertEquals(i == 0 ? Reason.UNKNOWN_KEY : Reason.NOT_AUTHENTIC, failure.reason(), "byte " + i);
            }
        }
    }

    @Test
    void a_value_moved_to_another_alert_or_another_group_fails() {
        byte[] sealed = cipher.seal(mobile, TENANT, ALERT);
        assertEquals(Reason.NOT_AUTHENTIC, assertThrows(ContactUnreadable.class,
                () -> cipher.open(sealed, TENANT, "0b7e8f3a-2c4d-4e5f-9a6b-1c2d3e4f5a6b")).reason());
        assertEquals(Reason.NOT_AUTHENTIC, assertThrows(ContactUnreadable.class,
                () -> cipher.open(sealed, "group-b", ALERT)).reason());
        // the parts are length-prefixed: shifting a character from one to the other is not the same row
        assertEquals(Reason.NOT_AUTHENTIC, assertThrows(ContactUnreadable.class,
                () -> cipher.open(sealed, TENANT + "7", ALERT.substring(1))).reason());
    }

    @Test
    void a_value_relabelled_with_another_key_id_fails_even_when_that_key_is_held() {
        ContactKeys both = ContactKeys.current(2, "ALERTS_CONTACT_KEY", KEY_B).withRetired(1, "old", KEY_A);
        ContactCipher rotated = new ContactCipher(both);
        byte[] sealed = rotated.seal(mobile, TENANT, ALERT);
        assertEquals(2, ContactCipher.keyIdOf(sealed));
        sealed[0] = 1;
        assertEquals(Reason.NOT_AUTHENTIC,
                assertThrows(ContactUnreadable.class, () -> rotated.open(sealed, TENANT, ALERT)).reason());
    }

    @Test
    void after_a_rotation_old_values_still_open_and_new_ones_use_the_new_key() {
        byte[] old = cipher.seal(mobile, TENANT, ALERT);
        ContactCipher rotated = new ContactCipher(ContactKeys.current(2, "ALERTS_CONTACT_KEY", KEY_B)
                .withRetired(1, "ALERTS_CONTACT_KEY_OLD", KEY_A));
        assertEquals(mobile, rotated.open(old, TENANT, ALERT));
        byte[] fresh = rotated.seal(mobile, TENANT, ALERT);
        assertEquals(2, ContactCipher.keyIdOf(fresh));
        assertEquals(Reason.UNKNOWN_KEY, assertThrows(ContactUnreadable.class, () -> cipher.open(fresh, TENANT, ALERT)).reason());
    }

    @Test
    void something_that_is_not_a_sealed_value_is_damaged() {
        byte[] sealed = cipher.seal(mobile, TENANT, ALERT);
        assertEquals(Reason.DAMAGED, assertThrows(ContactUnreadable.class,
                () -> cipher.open(Arrays.copyOf(sealed, 44), TENANT, ALERT)).reason());
        assertEquals(Reason.DAMAGED, assertThrows(ContactUnreadable.class, () -> cipher.open(null, TENANT, ALERT)).reason());
        assertEquals(Reason.DAMAGED, assertThrows(ContactUnreadable.class,
                () -> cipher.open(new byte[0], TENANT, ALERT)).reason());
    }

    @Test
    void sealing_needs_a_tenant_and_an_alert() {
        assertThrows(IllegalArgumentException.class, () -> cipher.seal(mobile, " ", ALERT));
        assertThrows(IllegalArgumentException.class, () -> cipher.seal(mobile, TENANT, null));
    }

    @Test
    void key_ids_are_1_to_255_and_unique() {
        assertThrows(IllegalArgumentException.class, () -> ContactKeys.current(0, "K", KEY_A));
        assertThrows(IllegalArgumentException.class, () -> ContactKeys.current(256, "K", KEY_A));
        ContactKeys keys = ContactKeys.current(255, "K", KEY_A);
        assertEquals(255, ContactCipher.keyIdOf(new ContactCipher(keys).seal(mobile, TENANT, ALERT)));
        assertThrows(IllegalArgumentException.class, () -> keys.withRetired(255, "K", KEY_B));
    }

    @Test
    void printing_the_keys_or_the_cipher_shows_no_key() {
        String printed = cipher + " " + ContactKeys.current(1, "K", KEY_A);
        assertEquals("ContactCipher[ContactKeys[current=1, ids=[1]]] ContactKeys[current=1, ids=[1]]", printed);
    }
}
