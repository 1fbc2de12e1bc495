package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * When the customer opened the survey, signed by the server so it cannot be faked: the page (or a
 * JSON client, from {@code GET /api/v1/public/surveys/{token}}) carries the ticket back with the
 * answers, and screening learns how long answering took. A ticket is bound to its survey link
 * and good for a day.
 */
@ApplicationScoped
public class StartTickets {

    private static final Duration LIFETIME = Duration.ofDays(1);

    @Inject
    SurveySecrets secrets;

    Clock clock = Clock.systemUTC();

    public String issue(String linkToken) {
        long now = Instant.now(clock).getEpochSecond();
        return now + "." + signature(linkToken, now);
    }

    /** Seconds since the ticket was issued, or empty when it is missing, forged, foreign or stale. */
    public Optional<Integer> secondsSince(String ticket, String linkToken) {
        if (ticket == null) {
            return Optional.empty();
        }
        int dot = ticket.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        long issued;
        try {
            issued = Long.parseLong(ticket.substring(0, dot));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        byte[] expected = signature(linkToken, issued).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] given = ticket.substring(dot + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long age = Instant.now(clock).getEpochSecond() - issued;
        if (!MessageDigest.isEqual(expected, given) || age < 0 || age > LIFETIME.toSeconds()) {
            return Optional.empty();
        }
        return Optional.of((int) age);
    }

    private String signature(String linkToken, long issued) {
        byte[] mac = secrets.mac("ticket:" + linkToken + ":" + issued);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac, 16));
    }
}
