package org.dealerplatform.core.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    private static final byte[] KEY_1 = "0123456789abcdef0123456789abcdef-one".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_2 = "0123456789abcdef0123456789abcdef-two".getBytes(StandardCharsets.US_ASCII);
    private static final MailAddress WANG = MailAddress.of("wang@shop.example");

    private final UnsubscribeTokens tokens = UnsubscribeTokens.withKey(1, KEY_1);

    @Test
    void round_trip_gives_address_and_scope() {
        String token = tokens.issue(WANG, "shop:7f3c");
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "URL-safe without padding: " + token);
        assertEquals(Optional.of(new UnsubscribeTokens.Unsubscription(WANG, "shop:7f3c")), tokens.verify(token));
    }

    @Test
    void every_single_altered_character_is_refused() {
        String token = tokens.issue(WANG, "shop:7f3c");
        for (int i = 0; i < token.length(); i++) {
            char replacement = token.charAt(i) == 'A' ? 'B' : 'A';
            String altered = token.substring(0, i) + replacement + token.substring(i + 1);
            assertFalse(tokens.verify(altered).isPresent(), "position " + i);
        }
    }

    @Test
    void changed_payload_with_the_old_mac_is_refused() {
        byte[] raw = Base64.getUrlDecoder().decode(tokens.issue(WANG, "shop:7f3c"));
        byte[] other = Base64.getUrlDecoder().decode(tokens.issue(MailAddress.of("li@shop.example"), "shop:7f3c"));
        // splice Li's payload before Wang's MAC
        byte[] forged = new byte[other.length];
        System.arraycopy(other, 0, forged, 0, other.length - 32);
        System.arraycopy(raw, raw.length - 32, forged, other.length - 32, 32);
        assertFalse(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(forged)).isPresent());
    }

    @Test
    void another_key_garbage_and_truncation_are_refused() {
        String token = tokens.issue(WANG, "shop:7f3c");
        UnsubscribeTokens otherSecret = UnsubscribeTokens.withKey(1, KEY_2);
        assertFalse(otherSecret.verify(token).isPresent());
        assertFalse(tokens.verify(token.substring(0, token.length() - 2)).isPresent());
        assertFalse(tokens.verify("").isPresent());
        assertFalse(tokens.verify(null).isPresent());
        assertFalse(tokens.verify("not base64 !!").isPresent());
        assertFalse(tokens.verify("A".repeat(5000)).isPresent());
    }

    @Test
    void rotated_keys_keep_old_links_working() {
        String oldLink = tokens.issue(WANG, "tenant:9");
        UnsubscribeTokens rotated = UnsubscribeTokens.withKey(2, KEY_2).alsoAccepting(1, KEY_1);
        assertTrue(rotated.verify(oldLink).isPresent());
        String newLink = rotated.issue(WANG, "tenant:9");
        assertTrue(rotated.verify(newLink).isPresent());
        assertFalse(tokens.verify(newLink).isPresent(), "version 2 unknown to the old keyring");
    }

    @Test
    void short_secrets_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> UnsubscribeTokens.withKey(1, new byte[16]));
    }
}
