package org.dealerplatform.alerts.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.YearMonth;
import org.dealerplatform.core.web.ApiException;
import org.junit.jupiter.api.Test;

class FigurePeriodTest {

    @Test
    void aMonthRunsFromBeijingMidnightOnTheFirstToBeijingMidnightOnTheNextFirst() {
        FigurePeriod march = FigurePeriod.month(YearMonth.of(2026, 3));
        // Beijing is UTC+8 all year: 1 March 00:00 there is 28 February 16:00 UTC
        assertEquals(Instant.parse("2026-02-28T16:00:00Z"), march.start());
        assertEquals(Instant.parse("2026-03-31T16:00:00Z"), march.end());
    }

    @Test
    void yearToDateStartsInJanuaryAndEndsWithTheMonth() {
        FigurePeriod ytd = FigurePeriod.yearToDate(YearMonth.of(2026, 5));
        assertEquals(YearMonth.of(2026, 1), ytd.from());
        assertEquals(YearMonth.of(2026, 5), ytd.to());
        assertEquals(Instant.parse("2025-12-31T16:00:00Z"), ytd.start());
        assertEquals(Instant.parse("2026-05-31T16:00:00Z"), ytd.end());
        assertEquals(YearMonth.of(2026, 1), FigurePeriod.yearToDate(YearMonth.of(2026, 1)).to());
    }

    @Test
    void theMonthOfAnInstantIsTheBeijingMonth() {
        // 31 March 17:00 UTC is already 1 April in Beijing
        assertEquals(YearMonth.of(2026, 4), FigurePeriod.parseMonth(null, Instant.parse("2026-03-31T17:00:00Z")));
        assertEquals(YearMonth.of(2026, 3), FigurePeriod.parseMonth(" ", Instant.parse("2026-03-31T15:59:59Z")));
    }

    @Test
    void aMalformedOrFutureMonthIsRefusedOnTheMonthField() {
        Instant now = Instant.parse("2026-03-15T00:00:00Z");
        assertEquals(YearMonth.of(2026, 3), FigurePeriod.parseMonth("2026-03", now));
        assertEquals(YearMonth.of(2025, 12), FigurePeriod.parseMonth("2025-12", now));
        for (String bad : new String[] {"2026-04", "2026-13", "+2026-03", "2026-3", "March", "1999-12"}) {
            ApiException refused = assertThrows(ApiException.class, () -> FigurePeriod.parseMonth(bad, now), bad);
            assertEquals(400, refused.status(), bad);
        }
    }

    @Test
    void fromAfterToIsNoPeriod() {
        assertThrows(IllegalArgumentException.class,
                () -> new FigurePeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 2)));
    }
}
