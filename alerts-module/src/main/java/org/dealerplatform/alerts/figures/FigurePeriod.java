package org.dealerplatform.alerts.figures;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.dealerplatform.core.web.ApiException;

/**
 * Whole months {@code from} to {@code to} on the Beijing calendar, the way samples are filed: as the
 * half-open instants {@code [start, end)} the cases' submission times are compared with.
 */
public record FigurePeriod(YearMonth from, YearMonth to) {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Exactly {@code YYYY-MM}: YearMonth alone would also take {@code +2026-03}. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public FigurePeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
    }

    public static FigurePeriod month(YearMonth month) {
        return new FigurePeriod(month, month);
    }

    /** January of the month's year up to and including the month. */
    public static FigurePeriod yearToDate(YearMonth month) {
        return new FigurePeriod(YearMonth.of(month.getYear(), 1), month);
    }

    public Instant start() {
        return from.atDay(1).atStartOfDay(BEIJING).toInstant();
    }

    public Instant end() {
        return to.plusMonths(1).atDay(1).atStartOfDay(BEIJING).toInstant();
    }

    /**
     * {@code ?month=}: the current Beijing month when absent; a malformed or future month is a 400
     * on {@code month} (the figures of a month not yet begun would be all zeros, and look real).
     */
    public static YearMonth parseMonth(String value, Instant now) {
        YearMonth current = YearMonth.from(now.atZone(BEIJING));
        if (value == null || value.isBlank()) {
            return current;
        }
        String text = value.strip();
        if (MONTH.matcher(text).matches()) {
            try {
                YearMonth month = YearMonth.parse(text);
                if (!month.isAfter(current) && month.getYear() >= 2000) {
                    return month;
                }
            } catch (DateTimeParseException e) {
                // the one answer below for every unusable month
            }
        }
        throw ApiException.invalid("month", "must be a month like 2026-03, not in the future");
    }
}
