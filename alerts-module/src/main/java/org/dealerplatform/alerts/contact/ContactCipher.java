package org.dealerplatform.alerts.contact;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.dealerplatform.alerts.contact.ContactUnreadable.Reason;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.core.phone.PhoneNumberRefused;

/**
 * Seals a phone number with AES-256-GCM for one alert of one dealer group.
 * <p>
 * Layout: {@code [key id: 1 byte][nonce: 12 bytes][ciphertext + tag: 16 + 16 bytes]}, 45 bytes for
 * every number. The nonce is random per value (safe far beyond the numbers one key seals here);
 * the number is padded to 16 bytes so the length does not tell a mobile from a landline. The
 * tenant id, the alert id and the key id are bound as associated data: a value copied into another
 * alert's row, another group's row, or relabelled with another key id fails to open.
 */
public final class ContactCipher {

    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int PADDED = 16;
    public static final int SEALED_BYTES = 1 + NONCE_BYTES + PADDED + TAG_BITS / 8;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String PURPOSE = "dealer-platform/alert-contact/v1";

    private final ContactKeys keys;
    private final SecureRandom random;

    public ContactCipher(ContactKeys keys) {
        this(keys, new SecureRandom());
    }

    ContactCipher(ContactKeys keys, SecureRandom random) {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.random = random;
    }

    public byte[] seal(PhoneNumber phone, String tenantId, String alertId) {
        int keyId = keys.currentId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] plain = Arrays.copyOf(phone.normalisedBytes(), PADDED);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.currentKey(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(keyId, tenantId, alertId));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(SEALED_BYTES).put((byte) keyId).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Opens what {@link #seal} made for exactly this tenant and alert, or says it cannot. */
    public PhoneNumber open(byte[] sealed, String tenantId, String alertId) {
        if (sealed == null || sealed.length != SEALED_BYTES) {
            throw new ContactUnreadable(Reason.DAMAGED, alertId, "not a sealed contact");
        }
        int keyId = keyIdOf(sealed);
        SecretKey key = keys.key(keyId).orElseThrow(() -> new ContactUnreadable(Reason.UNKNOWN_KEY, alertId,
                "sealed under key id " + keyId + ", which is not configured"));
        byte[] plain = null;
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associatedData(keyId, tenantId, alertId));
            plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            int end = 0;
            while (end < plain.length && plain[end] != 0) {
                end++;
            }
            return PhoneNumber.fromNormalised(new String(plain, 0, end, StandardCharsets.US_ASCII));
        } catch (AEADBadTagException e) {
            throw new ContactUnreadable(Reason.NOT_AUTHENTIC, alertId,
                    "wrong key, altered, or sealed for another alert");
        } catch (PhoneNumberRefused | IllegalArgumentException e) {
            throw new ContactUnreadable(Reason.DAMAGED, alertId, "authentic but not a phone number");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** Which key sealed a value: for a later rotation to find what is still under an old key. */
    public static int keyIdOf(byte[] sealed) {
        return sealed[0] & 0xff;
    }

    private static byte[] associatedData(int keyId, String tenantId, String alertId) {
        if (tenantId == null || tenantId.isBlank() || alertId == null || alertId.isBlank()) {
            throw new IllegalArgumentException("contact data is sealed for one tenant and one alert");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(PURPOSE);      // each part length-prefixed: ("a","bc") never equals ("ab","c")
            out.writeByte(keyId);
            out.writeUTF(tenantId);
            out.writeUTF(alertId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public String toString() {
        return "ContactCipher[" + keys + "]";
    }
}
