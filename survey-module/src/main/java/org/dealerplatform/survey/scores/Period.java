package org.dealerplatform.survey.scores;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.web.ApiException;

/** A range of whole months, {@code from} and {@code to} included, as {@code YYYY-MM}. */
public record Period(YearMonth from, YearMonth to) {

    /** Without bounds: the twelve months up to and including the current one. */
    public static Period parse(String from, String to, ZoneId zone) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.now(zone) : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : month("from", from);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", "must not be after 'to'");
        }
        if (start.plusMonths(120).isBefore(end)) {
            throw ApiException.invalid("from", "a period may span at most ten years");
        }
        return new Period(start, end);
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "must be a month like 2026-03");
        }
    }

    public String fromText() {
        return from.toString();
    }

    public String toText() {
        return to.toString();
    }

    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }
}
