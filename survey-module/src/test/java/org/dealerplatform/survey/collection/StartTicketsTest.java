package org.dealerplatform.survey.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Start tickets tell how long answering took, and cannot be forged, moved or reused after a day. */
class StartTicketsTest {

    static StartTickets at(Instant now) {
        SurveySecrets secrets = new SurveySecrets();
        secrets.configured = Optional.of("test-secret");
        StartTickets tickets = new StartTickets();
        tickets.secrets = secrets;
        tickets.clock = Clock.fixed(now, ZoneOffset.UTC);
        return tickets;
    }

    @Test
    void aTicketTellsTheSecondsSinceThePageWasOpened() {
        Instant opened = Instant.parse("2026-05-01T10:00:00Z");
        String ticket = at(opened).issue("link-1");
        assertEquals(Optional.of(95), at(opened.plusSeconds(95)).secondsSince(ticket, "link-1"));
    }

    @Test
    void aForgedForeignOrStaleTicketTellsNothing() {
        Instant opened = Instant.parse("2026-05-01T10:00:00Z");
        String ticket = at(opened).issue("link-1");
        StartTickets later = at(opened.plusSeconds(60));
        assertEquals(Optional.empty(), later.secondsSince(ticket, "link-2"));
        String earlier = (opened.getEpochSecond() - 600) + ticket.substring(ticket.indexOf('.'));
        assertEquals(Optional.empty(), later.secondsSince(earlier, "link-1"), "a back-dated ticket");
        assertEquals(Optional.empty(), later.secondsSince("123.abc", "link-1"));
        assertEquals(Optional.empty(), later.secondsSince(null, "link-1"));
        assertEquals(Optional.empty(), at(opened.plus(Duration.ofDays(2))).secondsSince(ticket, "link-1"));
    }
}
