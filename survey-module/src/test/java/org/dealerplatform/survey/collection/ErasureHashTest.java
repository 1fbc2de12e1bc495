package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dealerplatform.core.phone.PhoneNumber;
import org.dealerplatform.survey.retention.SurveyPhoneTraces;
import org.junit.jupiter.api.Test;

/**
 * An erasure request must find the hash the survey page stored: the same per-group keyed hash of
 * the same 11 digits, whichever way the association typed the number. The expectation is the
 * keying written out by hand (SurveySecrets' javadoc), not the production code.
 */
class ErasureHashTest {

    private static final String SECRET = "a-survey-secret-of-32-bytes-min!";
    private final SurveySecrets secrets = SurveySecretsTest.with(SECRET, null);

    @Test
    void theErasureHashIsTheGroupKeyedHashOfTheElevenDigits() throws Exception {
        String expected = hmacHex(hmac(SECRET.getBytes(StandardCharsets.UTF_8), "hash-key:group-a"),
                "phone:13812345678");
        for (String typed : new String[] {"13812345678", "+86 138-1234-5678", "0086 13812345678", "８６１３８１２３４５６７８"}) {
            assertEquals(expected, SurveyPhoneTraces.phoneHash(secrets, "group-a", PhoneNumber.parse(typed)).orElseThrow(),
                    typed);
        }
    }

    @Test
    void eachGroupHasItsOwnHashOfTheNumber() {
        PhoneNumber phone = PhoneNumber.parse("13812345678");
        assertNotEquals(SurveyPhoneTraces.phoneHash(secrets, "group-a", phone),
                SurveyPhoneTraces.phoneHash(secrets, "group-b", phone));
    }

    @Test
    void aLandlineWasNeverTakenBySurveysSoHasNoHash() {
        assertTrue(SurveyPhoneTraces.phoneHash(secrets, "group-a", PhoneNumber.parse("010-62345678")).isEmpty());
    }

    private static byte[] hmac(byte[] key, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String hmacHex(byte[] key, String message) throws Exception {
        return HexFormat.of().formatHex(hmac(key, message));
    }
}
