package org.dealerplatform.reporting.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.dealerplatform.core.mail.MailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboxEntryTest {

    private static final Instant QUEUED = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant NOW = QUEUED.plus(Duration.ofHours(2));
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final RandomGenerator NO_JITTER = () -> 0L;
    private static final OutboxKey KEY = new OutboxKey(ReportKind.SHOP_MONTHLY, YearMonth.of(2026, 11),
            "7f3c-shop", MailAddress.of("wang@shop.example"));

    /** A row in the given state, old enough that a claim would be due (retry due, lease expired). */
    private static OutboxEntry in(OutboxState state) {
        Instant claimed = state == OutboxState.SENDING ? NOW.minus(LEASE) : null;
        Instant next = state == OutboxState.RETRY_WAIT ? NOW : null;
        return OutboxEntry.restore(KEY, QUEUED, state, state == OutboxState.PENDING ? 0 : 2, claimed, next, null, null);
    }

    private static Consumer<OutboxEntry> step(String name) {
        return switch (name) {
            case "claim" -> e -> e.claim(NOW, LEASE, Backoff.STANDARD);
            case "sent" -> e -> e.markSent(NOW);
            case "transient" -> e -> e.deferAfterTransientFailure("451 later", NOW, Backoff.STANDARD, NO_JITTER);
            case "permanent" -> e -> e.failForGood("550 no such user", NOW);
            case "unsubscribed" -> e -> e.skipUnsubscribed(NOW);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "PENDING,    claim,        SENDING",
            "PENDING,    sent,         refused",
            "PENDING,    transient,    refused",
            "PENDING,    permanent,    refused",
            "PENDING,    unsubscribed, SKIPPED",
            "SENDING,    claim,        SENDING",
            "SENDING,    sent,         SENT",
            "SENDING,    transient,    RETRY_WAIT",
            "SENDING,    permanent,    FAILED",
            "SENDING,    unsubscribed, SKIPPED",
            "RETRY_WAIT, claim,        SENDING",
            "RETRY_WAIT, sent,         refused",
            "RETRY_WAIT, transient,    refused",
            "RETRY_WAIT, permanent,    refused",
            "RETRY_WAIT, unsubscribed, SKIPPED",
            "SENT,       claim,        refused",
            "SENT,       sent,         refused",
            "SENT,       transient,    refused",
            "SENT,       permanent,    refused",
            "SENT,       unsubscribed, refused",
            "FAILED,     claim,        refused",
            "FAILED,     sent,         refused",
            "FAILED,     transient,    refused",
            "FAILED,     permanent,    refused",
            "FAILED,     unsubscribed, refused",
            "SKIPPED,    claim,        refused",
            "SKIPPED,    sent,         refused",
            "SKIPPED,    transient,    refused",
            "SKIPPED,    permanent,    refused",
            "SKIPPED,    unsubscribed, refused",
    })
    void transitions(OutboxState from, String action, String expected) {
        OutboxEntry entry = in(from);
        if (expected.equals("refused")) {
            assertThrows(OutboxTransitionRefused.class, () -> step(action).accept(entry));
            assertEquals(from, entry.state(), "a refused step changes nothing");
        } else {
            step(action).accept(entry);
            assertEquals(OutboxState.valueOf(expected), entry.state());
        }
    }

    @Test
    void a_claim_counts_an_attempt_and_a_retry_waits_with_backoff() {
        OutboxEntry entry = OutboxEntry.queue(KEY, QUEUED);
        assertTrue(entry.claim(QUEUED, LEASE, Backoff.STANDARD));
        assertEquals(1, entry.attempts());
        entry.deferAfterTransientFailure("connection refused", QUEUED, Backoff.STANDARD, NO_JITTER);
        assertEquals(QUEUED.plus(Duration.ofMinutes(1)), entry.nextAttemptAt());
        assertEquals("connection refused", entry.lastError());

        assertFalse(entry.isClaimable(QUEUED.plusSeconds(59), LEASE), "not due yet");
        assertThrows(OutboxTransitionRefused.class, () -> entry.claim(QUEUED.plusSeconds(59), LEASE, Backoff.STANDARD));
        Instant due = QUEUED.plus(Duration.ofMinutes(1));
        assertTrue(entry.claim(due, LEASE, Backoff.STANDARD));
        entry.deferAfterTransientFailure("451", due, Backoff.STANDARD, NO_JITTER);
        assertEquals(due.plus(Duration.ofMinutes(2)), entry.nextAttemptAt(), "doubled");
    }

    @Test
    void a_sending_row_is_reclaimed_only_after_its_lease() {
        OutboxEntry entry = OutboxEntry.queue(KEY, QUEUED);
        entry.claim(NOW, LEASE, Backoff.STANDARD);
        assertFalse(entry.isClaimable(NOW.plus(LEASE).minusMillis(1), LEASE), "its node may still be sending");
        assertThrows(OutboxTransitionRefused.class, () -> entry.claim(NOW.plusSeconds(10), LEASE, Backoff.STANDARD));

        Instant later = NOW.plus(LEASE);
        assertTrue(entry.claim(later, LEASE, Backoff.STANDARD), "the node died: claim again");
        assertEquals(2, entry.attempts());
        assertEquals(later, entry.claimedAt());
    }

    @Test
    void a_row_that_keeps_killing_its_node_fails_once_the_attempts_are_used_up() {
        Backoff twice = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 0, 2, Duration.ofDays(3));
        OutboxEntry entry = OutboxEntry.queue(KEY, QUEUED);
        assertTrue(entry.claim(QUEUED, LEASE, twice));
        assertTrue(entry.claim(QUEUED.plus(LEASE), LEASE, twice));
        assertFalse(entry.claim(QUEUED.plus(LEASE.multipliedBy(2)), LEASE, twice));
        assertEquals(OutboxState.FAILED, entry.state());
        assertEquals(2, entry.attempts());
    }

    @Test
    void transient_failures_fail_for_good_after_max_attempts_or_three_days() {
        Backoff three = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1), 0, 3, Duration.ofDays(3));
        OutboxEntry byAttempts = OutboxEntry.restore(KEY, QUEUED, OutboxState.SENDING, 3, NOW, null, null, null);
        byAttempts.deferAfterTransientFailure("451", NOW, three, NO_JITTER);
        assertEquals(OutboxState.FAILED, byAttempts.state());
        assertEquals("451", byAttempts.lastError());

        Instant almostThreeDays = QUEUED.plus(Duration.ofDays(3)).minusSeconds(30);
        OutboxEntry byTime = OutboxEntry.restore(KEY, QUEUED, OutboxState.SENDING, 2, almostThreeDays, null, null, null);
        byTime.deferAfterTransientFailure("timeout", almostThreeDays, Backoff.STANDARD, NO_JITTER);
        assertEquals(OutboxState.FAILED, byTime.state(), "the next try would fall after three days");
        assertEquals(almostThreeDays, byTime.finishedAt());
    }

    @Test
    void message_id_is_stable_and_hides_the_address() {
        String id = KEY.messageId();
        assertEquals(id, new OutboxKey(ReportKind.SHOP_MONTHLY, YearMonth.of(2026, 11), "7f3c-shop",
                MailAddress.of("wang@SHOP.example")).messageId());
        assertTrue(id.matches("<report\\.SHOP_MONTHLY\\.2026-11\\.7f3c-shop\\.[0-9a-f]{16}@dealer-platform>"), id);
        assertFalse(id.contains("wang"));
    }

    @Test
    void finished_rows_keep_no_claim() {
        OutboxEntry entry = in(OutboxState.SENDING);
        entry.markSent(NOW);
        assertNull(entry.claimedAt());
        assertEquals(NOW, entry.finishedAt());
    }
}
