package org.dealerplatform.alerts.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When the daily digest goes out ({@code ALERTS_DIGEST_TIME}, Beijing time) and what it lists. The
 * digest of a day lists the shop's alerts not yet in a digest that were raised before that day's
 * digest time; an alert raised later waits for the next day's. "Not yet in a digest" rather than a
 * fixed window, so an alert planned a moment after the digest left is in the next one, not lost.
 */
public record DigestSchedule(LocalTime at, ZoneId zone) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    public DigestSchedule {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    /** One day's digest: its day (the key of {@code alert_digest}) and the instant it lists alerts up to. */
    public record Digest(LocalDate day, Instant cutOff) {
    }

    /** The latest digest whose time has come: today's once its time has passed, else yesterday's. */
    public Digest latest(Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant todays = cutOff(today);
        return now.isBefore(todays) ? new Digest(today.minusDays(1), cutOff(today.minusDays(1)))
                : new Digest(today, todays);
    }

    /** ZonedDateTime moves a time that a clock change skips; Beijing has none, other zones may. */
    private Instant cutOff(LocalDate day) {
        return ZonedDateTime.of(day, at, zone).toInstant();
    }
}
