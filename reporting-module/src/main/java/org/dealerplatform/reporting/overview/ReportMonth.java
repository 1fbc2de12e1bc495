package org.dealerplatform.reporting.overview;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.dealerplatform.core.web.ApiException;

/**
 * The month a report is about, from {@code ?month=YYYY-MM}: by default the last full month in
 * Beijing time (samples are filed by Beijing date); the running month is allowed (figures so far),
 * a later one is refused like a malformed one.
 */
final class ReportMonth {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Exactly {@code YYYY-MM}: YearMonth alone would also take {@code +2026-03}. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private ReportMonth() {
    }

    static YearMonth parse(String value, Clock clock) {
        YearMonth current = YearMonth.now(clock.withZone(BEIJING));
        if (value == null || value.isBlank()) {
            return current.minusMonths(1);
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
