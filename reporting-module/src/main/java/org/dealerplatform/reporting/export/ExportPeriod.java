package org.dealerplatform.reporting.export;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.dealerplatform.core.web.ApiException;

/**
 * The months of an export, {@code from} and {@code to} included. At most two years: a longer
 * export is a job for the background, not for one request holding a database connection.
 */
public record ExportPeriod(YearMonth from, YearMonth to) {

    public static final int MOST_MONTHS = 24;

    /** Exactly {@code YYYY-MM}: YearMonth alone would also take {@code +2026-03} and five-digit years. */
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public static ExportPeriod parse(String from, String to) {
        return parse(from, to, MOST_MONTHS);
    }

    /** Parsed and checked, with a longer limit for exports that run in the background. */
    public static ExportPeriod parse(String from, String to, int mostMonths) {
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        if (start.plusMonths(mostMonths - 1L).isBefore(end)) {
            throw ApiException.invalid("to", "an export spans at most " + mostMonths + " months");
        }
        return new ExportPeriod(start, end);
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required, a month like 2026-03");
        }
        try {
            if (MONTH.matcher(value.strip()).matches()) {
                return YearMonth.parse(value.strip());
            }
        } catch (DateTimeParseException e) {
            // falls through to the one answer for every malformed month
        }
        throw ApiException.invalid(field, "must be a month like 2026-03");
    }

    /** For file names: {@code 2026-01_2026-03}. */
    public String label() {
        return from + "_" + to;
    }
}
