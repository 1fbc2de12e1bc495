package org.dealerplatform.reporting.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonthlyScheduleTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final MonthlySchedule schedule = new MonthlySchedule(2, LocalTime.of(8, 0), BEIJING);

    @Test
    void the_previous_month_is_due_from_the_second_at_eight_beijing_time() {
        assertEquals(Optional.empty(), schedule.dueMonth(ZonedDateTime.of(2026, 3, 2, 7, 59, 0, 0, BEIJING)));
        assertEquals(Optional.of(YearMonth.of(2026, 2)),
                schedule.dueMonth(ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, BEIJING)));
        assertEquals(Optional.of(YearMonth.of(2026, 2)),
                schedule.dueMonth(ZonedDateTime.of(2026, 3, 31, 23, 0, 0, 0, BEIJING)));
    }

    @Test
    void the_time_is_read_in_beijing_whatever_the_server_zone() {
        // 2026-01-02 00:30 UTC is 08:30 in Beijing: December's run is due
        assertEquals(Optional.of(YearMonth.of(2025, 12)),
                schedule.dueMonth(ZonedDateTime.of(2026, 1, 2, 0, 30, 0, 0, ZoneId.of("UTC"))));
        assertEquals(Optional.empty(), schedule.dueMonth(ZonedDateTime.of(2026, 1, 1, 23, 30, 0, 0, ZoneId.of("UTC"))));
    }

    @Test
    void days_that_some_months_lack_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> new MonthlySchedule(29, LocalTime.NOON, BEIJING));
        assertThrows(IllegalArgumentException.class, () -> new MonthlySchedule(0, LocalTime.NOON, BEIJING));
    }
}
