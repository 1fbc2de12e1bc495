package org.dealerplatform.reporting.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunMonthTest {

    @Test
    void onlyAYearAndMonthLikeTheApiTakesIsAMonth() {
        assertEquals(Optional.of(YearMonth.of(2026, 3)), RunPages.month("2026-03"));
        for (String bad : new String[] {null, "", "2026-13", "2026-3", "03/2026", "2026-03-01", "+2026-03"}) {
            assertEquals(Optional.empty(), RunPages.month(bad), String.valueOf(bad));
        }
    }
}
