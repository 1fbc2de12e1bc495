package org.dealerplatform.reporting.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Instant QUEUED = Instant.parse("2026-12-01T01:00:00Z");

    @Test
    void doubles_from_one_minute_and_stops_at_one_hour() {
        List<Long> minutes = IntStream.rangeClosed(1, 10)
                .mapToObj(n -> Backoff.STANDARD.nominalDelay(n).toMinutes()).toList();
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L), minutes);
        assertEquals(Duration.ofHours(1), Backoff.STANDARD.nominalDelay(1_000_000), "no overflow");
    }

    @Test
    void jitter_only_shortens_and_by_at_most_a_fifth() {
        RandomGenerator highest = () -> -1L;   // nextDouble() just below 1
        assertEquals(Duration.ofMinutes(4), Backoff.STANDARD.delay(3, () -> 0L));
        Duration shortest = Backoff.STANDARD.delay(3, highest);
        assertTrue(shortest.compareTo(Duration.ofMinutes(4).multipliedBy(4).dividedBy(5)) >= 0, shortest::toString);
        assertTrue(shortest.compareTo(Duration.ofMinutes(4)) < 0);

        SplittableRandom random = new SplittableRandom(7);
        for (int attempt = 1; attempt < 40; attempt++) {
            Duration d = Backoff.STANDARD.delay(attempt, random);
            assertTrue(d.compareTo(Duration.ofHours(1)) <= 0 && d.compareTo(Duration.ofSeconds(48)) >= 0, d::toString);
        }
    }

    @Test
    void gives_up_after_max_attempts_or_the_time_limit() {
        Instant now = QUEUED.plus(Duration.ofHours(1));
        assertEquals(Optional.of(now.plus(Duration.ofMinutes(1))), Backoff.STANDARD.nextAttempt(1, QUEUED, now, () -> 0L));
        assertEquals(Optional.empty(), Backoff.STANDARD.nextAttempt(80, QUEUED, now, () -> 0L));
        Instant late = QUEUED.plus(Duration.ofDays(3)).minus(Duration.ofMinutes(59));
        assertEquals(Optional.empty(), Backoff.STANDARD.nextAttempt(10, QUEUED, late, () -> 0L));
    }

    @Test
    void standard_policy_keeps_trying_for_about_three_days() {
        Instant at = QUEUED;
        int failures = 0;
        Optional<Instant> next;
        while ((next = Backoff.STANDARD.nextAttempt(++failures, QUEUED, at, () -> 0L)).isPresent()) {
            at = next.get();
        }
        assertTrue(at.isAfter(QUEUED.plus(Duration.ofDays(2).plusHours(23))), at::toString);
        assertTrue(failures <= 80);
    }
}
