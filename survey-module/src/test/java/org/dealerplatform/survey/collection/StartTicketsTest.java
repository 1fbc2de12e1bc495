package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.dealerplatform.survey.collection.StartTicket.State;
import org.junit.jupiter.api.Test;

/**
 * Start tickets tell how long answering took, name the page view that issued them (so that each
 * counts once, see {@code SurveyCollectionIT} for the database side), expire after two hours and
 * cannot be forged or moved to another survey link; the view's form token belongs to one browser.
 */
class StartTicketsTest {

    static final String SECRET = "a-survey-secret-of-32-bytes-min!";
    static final Instant OPENED = Instant.parse("2026-05-01T10:00:00Z");

    static StartTickets at(Instant now) {
        return at(now, SECRET);
    }

    static StartTickets at(Instant now, String secret) {
        SurveySecrets secrets = new SurveySecrets();
        secrets.configured = Optional.of(secret);
        StartTickets tickets = new StartTickets();
        tickets.secrets = secrets;
        tickets.lifetimeMinutes = 120;
        tickets.clock = Clock.fixed(now, ZoneOffset.UTC);
        return tickets;
    }

    @Test
    void aTicketTellsTheSecondsSinceThePageWasOpenedAndItsView() {
        String ticket = at(OPENED).issue("link-1");
        StartTicket read = at(OPENED.plusSeconds(95)).read(ticket, "link-1");
        assertEquals(State.GOOD, read.state());
        assertEquals(95, read.durationSeconds());
        assertEquals(ticket.substring(0, 22), read.view());
        assertEquals(OPENED.plusSeconds(7200), read.expires(), "its use is remembered as long as it is good");
        assertEquals(Optional.of(95), at(OPENED.plusSeconds(95)).secondsSince(ticket, "link-1"));
    }

    @Test
    void everyPageViewGetsItsOwnView() {
        StartTickets tickets = at(OPENED);
        String first = tickets.issue("link-1");
        String second = tickets.issue("link-1");
        assertNotEquals(first, second);
        assertNotEquals(tickets.read(first, "link-1").view(), tickets.read(second, "link-1").view(),
                "two page views opened in the same second are two tickets, each good once");
    }

    @Test
    void aTicketExpiresAfterTwoHoursButStillTellsItsAge() {
        String ticket = at(OPENED).issue("link-1");
        assertEquals(State.GOOD, at(OPENED.plusSeconds(7200)).read(ticket, "link-1").state());
        StartTicket late = at(OPENED.plusSeconds(7201)).read(ticket, "link-1");
        assertEquals(State.EXPIRED, late.state());
        assertEquals(7201, late.durationSeconds());
        assertEquals(Optional.empty(), at(OPENED.plusSeconds(7201)).secondsSince(ticket, "link-1"));
    }

    @Test
    void aForgedForeignOrMissingTicketTellsNothing() {
        String ticket = at(OPENED).issue("link-1");
        StartTickets later = at(OPENED.plusSeconds(60));
        assertEquals(State.FORGED, later.read(ticket, "link-2").state(), "another survey link's");
        String[] parts = ticket.split("\\.");
        String backDated = parts[0] + "." + (OPENED.getEpochSecond() - 600) + "." + parts[2];
        assertEquals(State.FORGED, later.read(backDated, "link-1").state(), "a back-dated ticket");
        String otherView = "A".repeat(22) + "." + parts[1] + "." + parts[2];
        assertEquals(State.FORGED, later.read(otherView, "link-1").state(), "a signature moved to another view");
        assertEquals(State.FORGED, at(OPENED.plusSeconds(60), SECRET + "x").read(ticket, "link-1").state(),
                "signed with another secret");
        assertEquals(State.FORGED, later.read("123.abc", "link-1").state(), "the old format or junk");
        assertEquals(State.FORGED, later.read(parts[0] + "." + parts[1], "link-1").state());
        assertEquals(State.FORGED, later.read(ticket + ".x", "link-1").state());
        assertEquals(State.FORGED, at(OPENED.minusSeconds(3600)).read(ticket, "link-1").state(), "from the future");
        assertEquals(State.ABSENT, later.read(null, "link-1").state());
        assertEquals(State.ABSENT, later.read(" ", "link-1").state());
        assertEquals(null, later.read("123.abc", "link-1").durationSeconds(), "no timing from a forged ticket");
    }

    @Test
    void aFormTokenBelongsToOnePageViewInOneBrowser() {
        StartTickets tickets = at(OPENED);
        String ticket = tickets.issue("link-1");
        String device = "device-marker-of-this-browser";
        String token = tickets.formToken(StartTickets.viewOf(ticket).orElseThrow(), device);
        assertTrue(tickets.formTokenMatches(ticket, token, device));
        assertFalse(tickets.formTokenMatches(ticket, token, "another-browser"), "another browser's cookie");
        assertFalse(tickets.formTokenMatches(ticket, token, null), "a post without the cookie (another site's)");
        assertFalse(tickets.formTokenMatches(tickets.issue("link-1"), token, device), "another page view");
        assertFalse(tickets.formTokenMatches(ticket, null, device));
        assertFalse(tickets.formTokenMatches(ticket, token.substring(1) + "A", device));
        assertFalse(at(OPENED, SECRET + "x").formTokenMatches(ticket, token, device), "made with another secret");
        assertTrue(at(OPENED.plusSeconds(86_400)).formTokenMatches(ticket, token, device),
                "whose page it is does not expire; the ticket's age is screening's business");
    }
}
