package org.dealerplatform.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dealerplatform.core.web.ApiException;
import org.dealerplatform.core.web.FieldError;

/**
 * The filters of a look into the audit trail, all optional: exact object id, action and tenant,
 * and a time window {@code [from, until)}. Blank parameters are absent (the console's form sends
 * empty fields).
 */
public record AuditQuery(String objectId, String action, String tenant, Instant from, Instant until) {

    public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null);

    /**
     * From the raw query parameters; every bad one is reported at once as a 400 naming the field.
     * {@code from} and {@code to} are ISO dates ({@code 2026-03-01}, whole days in UTC, {@code to}
     * included) or ISO date-times with an offset ({@code 2026-03-01T08:00:00+08:00}).
     */
    public static AuditQuery parse(String objectId, String action, String tenant, String from, String to) {
        List<FieldError> errors = new ArrayList<>();
        String object = text("objectId", objectId, AuditEntry.OBJECT_ID_LENGTH, errors);
        String code = text("action", action, AuditEntry.ACTION_LENGTH, errors);
        String group = text("tenant", tenant, AuditEntry.TENANT_LENGTH, errors);
        Instant start = instant("from", from, false, errors);
        Instant end = instant("to", to, true, errors);
        start = start == null ? null : inRange("from", start, errors);
        end = end == null ? null : inRange("to", end, errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new AuditQuery(object, code, group, start, end);
    }

    private static String text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
            return null;
        }
        return stripped;
    }

    /** A date is its whole day: {@code from} its first instant, {@code to} the first instant after it. */
    private static Instant instant(String field, String value, boolean end, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        try {
            if (stripped.length() <= 10) {
                LocalDate day = LocalDate.parse(stripped);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant moment = OffsetDateTime.parse(stripped).toInstant();
            return end ? moment.plusMillis(1) : moment;
        } catch (DateTimeParseException | ArithmeticException e) {
            errors.add(new FieldError(field, "must be an ISO date (YYYY-MM-DD) or date-time with offset"));
            return null;
        }
    }

    /** Outside what a DATETIME column holds, a window is a mistake rather than "everything". */
    private static Instant inRange(String field, Instant value, List<FieldError> errors) {
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            errors.add(new FieldError(field, "must be between 1970 and 9998"));
            return null;
        }
        return value;
    }

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");
}
