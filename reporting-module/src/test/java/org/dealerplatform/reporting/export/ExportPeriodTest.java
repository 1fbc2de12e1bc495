package org.dealerplatform.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportPeriodTest {

    private static List<String> fields(Runnable call) {
        ApiException refused = assertThrows(ApiException.class, call::run);
        assertEquals(400, refused.status());
        return refused.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void bothMonthsIncluded() {
        ExportPeriod period = ExportPeriod.parse("2026-01", " 2026-03 ");
        assertEquals(YearMonth.of(2026, 1), period.from());
        assertEquals(YearMonth.of(2026, 3), period.to());
        assertEquals("2026-01_2026-03", period.label());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-1", "202601", "+2026-01", "2026-01-01", "x", "12026-01"})
    void aMalformedMonthNamesItsField(String month) {
        assertEquals(List.of("from"), fields(() -> ExportPeriod.parse(month, "2026-03")));
        assertEquals(List.of("to"), fields(() -> ExportPeriod.parse("2026-01", month)));
    }

    @Test
    void bothMonthsAreRequired() {
        assertEquals(List.of("from"), fields(() -> ExportPeriod.parse(null, "2026-03")));
        assertEquals(List.of("to"), fields(() -> ExportPeriod.parse("2026-01", " ")));
    }

    @Test
    void fromAfterToIsRefused() {
        assertEquals(List.of("from"), fields(() -> ExportPeriod.parse("2026-04", "2026-03")));
    }

    @Test
    void twentyFourMonthsAtMost() {
        assertEquals(YearMonth.of(2026, 12), ExportPeriod.parse("2025-01", "2026-12").to());
        assertEquals(List.of("to"), fields(() -> ExportPeriod.parse("2025-01", "2027-01")));
    }
}
