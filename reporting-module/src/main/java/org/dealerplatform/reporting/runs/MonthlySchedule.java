package org.dealerplatform.reporting.runs;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When the monthly run of the previous month is due: from {@code day} at {@code time} (Beijing)
 * of each month on. Every node asks every tick; the run's unique key (kind, month) makes the
 * creation happen once in the cluster, so a node that was down at the hour still catches up.
 */
public record MonthlySchedule(int day, LocalTime time, ZoneId zone) {

    public MonthlySchedule {
        if (day < 1 || day > 28) {
            throw new IllegalArgumentException("REPORTS_DAY_OF_MONTH must be 1..28 (every month has it)");
        }
    }

    /** The month whose run should exist by now, or empty before this month's run time. */
    public Optional<YearMonth> dueMonth(ZonedDateTime now) {
        ZonedDateTime local = now.withZoneSameInstant(zone);
        ZonedDateTime runAt = local.withDayOfMonth(day).with(time);
        return local.isBefore(runAt) ? Optional.empty() : Optional.of(YearMonth.from(local).minusMonths(1));
    }
}
