package org.dealerplatform.survey.collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When the customer opened the survey, signed by the server so it cannot be faked: each page view
 * (or a JSON client's {@code GET /api/v1/public/surveys/{token}}) gets a ticket
 * {@code <view>.<issued>.<signature>} naming a random view id, and carries it back with the
 * answers, so screening learns how long answering took. A ticket is bound to its survey link and
 * good for {@code SURVEY_TICKET_MINUTES} (2 hours); {@link TicketUses} makes it count once.
 * <p>
 * The form of that page view also carries a <em>form token</em>: the view id signed together with
 * the browser's device marker. Only the browser that received the page holds both (the marker is
 * an HTTP-only, same-site cookie), so a form posted from another site cannot present one.
 */
@ApplicationScoped
public class StartTickets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern VIEW = Pattern.compile("[A-Za-z0-9_-]{22}");
    /** Nodes' clocks may differ a little: a ticket "from the future" by less than this is fine. */
    private static final long SKEW_SECONDS = 60;

    @Inject
    SurveySecrets secrets;

    @Inject
    @ConfigProperty(name = "SURVEY_TICKET_MINUTES", defaultValue = "120")
    int lifetimeMinutes = 120;

    Clock clock = Clock.systemUTC();

    public String issue(String linkToken) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        String view = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        long now = Instant.now(clock).getEpochSecond();
        return view + "." + now + "." + signature("ticket:" + linkToken + ":" + view + ":" + now);
    }

    /** Checks the signature, the link and the age; never throws for what a client sent. */
    public StartTicket read(String ticket, String linkToken) {
        if (ticket == null || ticket.isBlank()) {
            return StartTicket.absent();
        }
        String[] parts = ticket.split("\\.", -1);
        if (parts.length != 3 || !VIEW.matcher(parts[0]).matches() || parts[1].isEmpty() || parts[1].length() > 12) {
            return StartTicket.forged();
        }
        long issued;
        try {
            issued = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return StartTicket.forged();
        }
        String expected = signature("ticket:" + linkToken + ":" + parts[0] + ":" + issued);
        if (!constantTimeEquals(expected, parts[2])) {
            return StartTicket.forged();
        }
        long age = Instant.now(clock).getEpochSecond() - issued;
        if (age < -SKEW_SECONDS) {
            return StartTicket.forged();
        }
        Instant expires = Instant.ofEpochSecond(issued).plus(lifetime());
        int seconds = (int) Math.max(0, Math.min(Integer.MAX_VALUE, age));
        return new StartTicket(age > lifetime().toSeconds() ? StartTicket.State.EXPIRED : StartTicket.State.GOOD,
                parts[0], seconds, expires);
    }

    /** Seconds since a good ticket was issued; empty when it is missing, forged, foreign or expired. */
    public Optional<Integer> secondsSince(String ticket, String linkToken) {
        StartTicket read = read(ticket, linkToken);
        return read.good() ? Optional.of(read.seconds()) : Optional.empty();
    }

    /** The form token of a page view for the browser holding {@code deviceId} (a signed device marker). */
    public String formToken(String view, String deviceId) {
        return signature("form:" + view + ":" + deviceId);
    }

    /**
     * True when {@code formToken} was made for the view of {@code ticket} (any age: the question is
     * only which browser holds the page) and the device marker the request carries.
     */
    public boolean formTokenMatches(String ticket, String formToken, String deviceId) {
        if (ticket == null || formToken == null || deviceId == null) {
            return false;
        }
        int dot = ticket.indexOf('.');
        String view = dot < 0 ? "" : ticket.substring(0, dot);
        return VIEW.matcher(view).matches() && constantTimeEquals(formToken(view, deviceId), formToken);
    }

    /** The view id of a ticket as sent, unchecked: for making a form token for the same view. */
    static Optional<String> viewOf(String ticket) {
        int dot = ticket == null ? -1 : ticket.indexOf('.');
        return dot < 0 || !VIEW.matcher(ticket.substring(0, dot)).matches() ? Optional.empty()
                : Optional.of(ticket.substring(0, dot));
    }

    Duration lifetime() {
        return Duration.ofMinutes(lifetimeMinutes);
    }

    private String signature(String message) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(secrets.mac(message), 16));
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
