package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Over the hard ceiling an address is refused until its minute is over; nobody else is. */
class AnswerCeilingTest {

    static AnswerCeiling ceiling(Instant now) {
        AnswerCeiling ceiling = new AnswerCeiling();
        ceiling.perAddressPerWindow = 3;
        ceiling.clock = Clock.fixed(now, ZoneOffset.UTC);
        return ceiling;
    }

    static Visitor from(String address) {
        return new Visitor(null, address, "key", address, false, false);
    }

    @Test
    void overTheCeilingAnAddressIsRefusedUntilTheMinuteIsOver() {
        AnswerCeiling ceiling = ceiling(Instant.parse("2026-05-01T10:00:15.500Z"));
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(() -> ceiling.admit(from("203.0.113.9")));
        }
        CeilingReached refused = assertThrows(CeilingReached.class, () -> ceiling.admit(from("203.0.113.9")));
        assertEquals(45, refused.retryAfterSeconds(), "44.5 s to the next minute, rounded up");
        assertDoesNotThrow(() -> ceiling.admit(from("203.0.113.10")), "another address is not touched");
        ceiling.clock = Clock.fixed(Instant.parse("2026-05-01T10:01:00Z"), ZoneOffset.UTC);
        assertDoesNotThrow(() -> ceiling.admit(from("203.0.113.9")), "the next minute starts afresh");
    }

    @Test
    void theLastSecondOfAMinuteAsksForOneSecond() {
        AnswerCeiling ceiling = ceiling(Instant.parse("2026-05-01T10:00:59.900Z"));
        ceiling.perAddressPerWindow = 0;
        assertEquals(1, assertThrows(CeilingReached.class, () -> ceiling.admit(from("203.0.113.9"))).retryAfterSeconds());
    }

    @Test
    void aShorterWindowRefusesUntilItsEnd() {
        AnswerCeiling ceiling = ceiling(Instant.parse("2026-05-01T10:00:15.500Z"));
        ceiling.windowSeconds = 20;
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(() -> ceiling.admit(from("203.0.113.9")));
        }
        CeilingReached refused = assertThrows(CeilingReached.class, () -> ceiling.admit(from("203.0.113.9")));
        assertEquals(5, refused.retryAfterSeconds(), "4.5 s to the window ending at 10:00:20, rounded up");
        ceiling.clock = Clock.fixed(Instant.parse("2026-05-01T10:00:20Z"), ZoneOffset.UTC);
        assertDoesNotThrow(() -> ceiling.admit(from("203.0.113.9")), "the next window starts afresh");
    }

    @Test
    void aWindowIsNeverLongerThanTheMinuteThePagePromises() {
        AnswerCeiling ceiling = ceiling(Instant.parse("2026-05-01T10:00:15.500Z"));
        ceiling.windowSeconds = 300;
        ceiling.perAddressPerWindow = 0;
        assertEquals(45, assertThrows(CeilingReached.class, () -> ceiling.admit(from("203.0.113.9"))).retryAfterSeconds(),
                "to the end of the minute, not of five");
    }

    @Test
    void anExemptAddressIsNeverRefused() {
        AnswerCeiling ceiling = ceiling(Instant.parse("2026-05-01T10:00:10Z"));
        Visitor exempt = new Visitor(null, "127.0.0.1", "key", "127.0.0.0/24", false, true);
        for (int i = 0; i < 100; i++) {
            ceiling.admit(exempt);
        }
        assertEquals(0, ceiling.keys());
    }

    @Test
    void aFloodFromEverNewAddressesCannotGrowTheCounts() {
        AnswerCeiling ceiling = ceiling(Instant.parse("2026-05-01T10:00:10Z"));
        ceiling.local.maxKeys(1_000);
        for (int i = 0; i < 50_000; i++) {
            ceiling.admit(from("2001:db8:" + Integer.toHexString(i) + "::/64"));
            assertTrue(ceiling.keys() <= 1_000, ceiling.keys() + " windows after " + i + " addresses");
        }
    }
}
