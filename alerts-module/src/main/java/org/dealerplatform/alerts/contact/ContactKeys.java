package org.dealerplatform.alerts.contact;

import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys that seal contact data, each under a key id (1-255) that every sealed value
 * carries in its first byte. New values are sealed with the current key; a retired key still opens
 * the values sealed under it, which is all a later rotation needs (add a new current key, keep the
 * old one until the 30-day retention has erased its last value, then drop it).
 */
public final class ContactKeys {

    private final int currentId;
    private final Map<Integer, SecretKey> keys;

    private ContactKeys(int currentId, Map<Integer, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /** One current key, from the setting named {@code setting} (for messages). */
    public static ContactKeys current(int keyId, String setting, String base64Key) {
        Map<Integer, SecretKey> keys = new TreeMap<>();
        keys.put(checkedId(keyId), aes(setting, base64Key));
        return new ContactKeys(keyId, keys);
    }

    /** The same keys plus one that only opens what it sealed before. */
    public ContactKeys withRetired(int keyId, String setting, String base64Key) {
        if (keys.containsKey(checkedId(keyId))) {
            throw new IllegalArgumentException("key id " + keyId + " is already in use");
        }
        Map<Integer, SecretKey> more = new TreeMap<>(keys);
        more.put(keyId, aes(setting, base64Key));
        return new ContactKeys(currentId, more);
    }

    int currentId() {
        return currentId;
    }

    SecretKey currentKey() {
        return keys.get(currentId);
    }

    Optional<SecretKey> key(int id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** Whether two sets share key material: the fingerprint key must be another one. */
    boolean holds(byte[] material) {
        return keys.values().stream().anyMatch(k -> MessageDigest.isEqual(k.getEncoded(), material));
    }

    private static int checkedId(int keyId) {
        if (keyId < 1 || keyId > 255) {
            throw new IllegalArgumentException("a contact key id is 1 to 255, not " + keyId);
        }
        return keyId;
    }

    private static SecretKey aes(String setting, String base64Key) {
        return new SecretKeySpec(KeyMaterial.decode(setting, base64Key), "AES");
    }

    @Override
    public String toString() {
        return "ContactKeys[current=" + currentId + ", ids=" + new TreeMap<>(keys).keySet() + "]";
    }
}
