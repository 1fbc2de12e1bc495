package org.dealerplatform.survey.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.dealerplatform.survey.screening.ScreeningPolicy;
import org.junit.jupiter.api.Test;

class HashRetentionTest {

    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");
    /** The defaults: repeat window 30 days, burst window 10 minutes. */
    private final HashRetention retention = new HashRetention(ScreeningPolicy.defaults(), Duration.ofMinutes(60));

    @Test
    void phonesAndDevicesAreKeptForTheRepeatWindowAndTheMargin() {
        assertEquals(Duration.ofDays(30).plusHours(1), retention.keep(TracedHash.PHONE));
        assertEquals(Duration.ofDays(30).plusHours(1), retention.keep(TracedHash.DEVICE));
        assertEquals(Instant.parse("2026-05-16T07:00:00Z"), retention.clearBefore(TracedHash.PHONE, NOW));
    }

    @Test
    void addressesAreKeptForTheBurstWindowAndTheMargin() {
        assertEquals(Duration.ofMinutes(70), retention.keep(TracedHash.ADDRESS));
        assertEquals(Instant.parse("2026-06-15T06:50:00Z"), retention.clearBefore(TracedHash.ADDRESS, NOW));
    }

    @Test
    void aSampleTheScreeningStillComparesIsNeverCleared() {
        // the screening counts phones since now - 30 days and addresses since now - 10 minutes
        Instant lastPhoneCompared = NOW.minus(Duration.ofDays(30));
        Instant lastAddressCompared = NOW.minus(Duration.ofMinutes(10));
        assertFalse(lastPhoneCompared.isBefore(retention.clearBefore(TracedHash.PHONE, NOW)));
        assertFalse(lastAddressCompared.isBefore(retention.clearBefore(TracedHash.ADDRESS, NOW)));
        // even with no margin at all, the boundary sample itself stays
        HashRetention bare = new HashRetention(ScreeningPolicy.defaults(), Duration.ZERO);
        assertEquals(lastPhoneCompared, bare.clearBefore(TracedHash.PHONE, NOW));
        assertEquals(lastAddressCompared, bare.clearBefore(TracedHash.ADDRESS, NOW));
    }

    @Test
    void justPastTheMarginAHashGoes() {
        Instant phoneSample = NOW.minus(Duration.ofDays(30)).minus(Duration.ofMinutes(61));
        Instant addressSample = NOW.minus(Duration.ofMinutes(71));
        assertTrue(phoneSample.isBefore(retention.clearBefore(TracedHash.PHONE, NOW)));
        assertTrue(addressSample.isBefore(retention.clearBefore(TracedHash.ADDRESS, NOW)));
    }

    @Test
    void theWindowsFollowTheConfiguredPolicy() {
        HashRetention shorter = new HashRetention(new ScreeningPolicy(20, 45, 7, 5, 3), Duration.ofMinutes(5));
        assertEquals(Duration.ofDays(7).plusMinutes(5), shorter.keep(TracedHash.DEVICE));
        assertEquals(Duration.ofMinutes(8), shorter.keep(TracedHash.ADDRESS));
    }

    @Test
    void aNegativeMarginIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new HashRetention(ScreeningPolicy.defaults(), Duration.ofMinutes(-1)));
    }

    @Test
    void clearingAPhoneAlsoReplacesTheRequestHashBeforeThePhoneHashGoes() {
        String sql = HashSweep.clearing(TracedHash.PHONE);
        assertTrue(sql.indexOf("request_hash") < sql.indexOf("phone_hash = null"), sql);
        assertEquals("address_hash = null", HashSweep.clearing(TracedHash.ADDRESS));
    }
}
