package org.dealerplatform.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    static final Instant QUEUED = Instant.parse("2026-03-05T00:00:00Z");

    @Test
    void the_wait_doubles_up_to_an_hour() {
        RetryPolicy retry = RetryPolicy.startingAfter(Duration.ofMinutes(1));
        assertEquals(Optional.of(QUEUED.plusSeconds(60)), retry.nextAttempt(1, QUEUED, QUEUED));
        assertEquals(Optional.of(QUEUED.plusSeconds(120)), retry.nextAttempt(2, QUEUED, QUEUED));
        assertEquals(Optional.of(QUEUED.plusSeconds(240)), retry.nextAttempt(3, QUEUED, QUEUED));
        assertEquals(Optional.of(QUEUED.plusSeconds(3600)), retry.nextAttempt(12, QUEUED, QUEUED));
    }

    @Test
    void a_mail_is_given_up_after_its_attempts_or_a_day() {
        RetryPolicy retry = RetryPolicy.startingAfter(Duration.ofMinutes(1));
        assertTrue(retry.nextAttempt(30, QUEUED, QUEUED).isEmpty());
        assertTrue(retry.nextAttempt(5, QUEUED, QUEUED.plus(Duration.ofHours(23).plusMinutes(50))).isEmpty(),
                "the next try would fall after the day");
    }
}
