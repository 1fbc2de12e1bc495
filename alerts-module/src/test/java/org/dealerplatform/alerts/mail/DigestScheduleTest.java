package org.dealerplatform.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

    static final DigestSchedule EIGHT = new DigestSchedule(LocalTime.of(8, 0), DigestSchedule.BEIJING);

    @Test
    void before_the_digest_time_the_latest_digest_is_yesterdays() {
        // 07:59 Beijing is 23:59 UTC the day before
        DigestSchedule.Digest digest = EIGHT.latest(Instant.parse("2026-03-04T23:59:00Z"));
        assertEquals(LocalDate.of(2026, 3, 4), digest.day());
        assertEquals(Instant.parse("2026-03-04T00:00:00Z"), digest.cutOff());
    }

    @Test
    void from_the_digest_time_on_it_is_todays_listing_what_came_before_that_time() {
        DigestSchedule.Digest at = EIGHT.latest(Instant.parse("2026-03-05T00:00:00Z"));
        assertEquals(LocalDate.of(2026, 3, 5), at.day(), "due at the very minute");
        assertEquals(Instant.parse("2026-03-05T00:00:00Z"), at.cutOff());
        DigestSchedule.Digest evening = EIGHT.latest(Instant.parse("2026-03-05T13:30:00Z"));
        assertEquals(at, evening, "the same digest all day: its row makes it once");
    }

    @Test
    void the_day_is_beijings_not_utcs() {
        // 01:00 UTC on 5 March is 09:00 Beijing; 17:00 UTC on 5 March is already 01:00 on 6 March
        assertEquals(LocalDate.of(2026, 3, 5), EIGHT.latest(Instant.parse("2026-03-05T01:00:00Z")).day());
        assertEquals(LocalDate.of(2026, 3, 5), EIGHT.latest(Instant.parse("2026-03-05T17:00:00Z")).day());
        DigestSchedule midnight = new DigestSchedule(LocalTime.MIDNIGHT, DigestSchedule.BEIJING);
        assertEquals(LocalDate.of(2026, 3, 6), midnight.latest(Instant.parse("2026-03-05T17:00:00Z")).day());
    }
}
