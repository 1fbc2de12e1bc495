package org.dealerplatform.competition.console;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads form text into values, collecting a problem per field instead of stopping at the first,
 * so one re-rendered form marks every field at fault. The messages are the fallback the page shows
 * when it has no sentence of its own for a field.
 */
final class FormInput {

    private final Map<String, String> errors = new LinkedHashMap<>();

    Map<String, String> errors() {
        return errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void fail(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        if (value.strip().length() > max) {
            fail(field, "must be at most " + max + " characters");
            return null;
        }
        return value.strip();
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required (a date like 2026-02-01)");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            fail(field, "must be a date like 2026-02-01");
            return null;
        }
    }

    YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required (a month like 2026-02)");
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            fail(field, "must be a month like 2026-02");
            return null;
        }
    }

    Integer whole(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            fail(field, "must be a whole number");
            return null;
        }
    }

    /** A decimal such as 0.3; a comma typed as decimal separator is read as a point. */
    Double decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            fail(field, "is required");
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            fail(field, "must be a number like 0.3");
            return null;
        }
    }

    /** Version numbers separated by commas or spaces; empty means every version counts. */
    Set<Integer> versions(String field, String value) {
        Set<Integer> versions = new TreeSet<>();
        if (value == null || value.isBlank()) {
            return versions;
        }
        for (String part : value.split("[,，\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                int v = Integer.parseInt(part);
                if (v < 1) {
                    throw new NumberFormatException();
                }
                versions.add(v);
            } catch (NumberFormatException e) {
                fail(field, "must be version numbers from 1, separated by commas");
                return versions;
            }
        }
        if (versions.size() > 20) {
            fail(field, "must list at most 20 versions");
        }
        return versions;
    }

    /** The irreversible steps are sent only with their confirmation box ticked. */
    void confirmed(String value) {
        if (!"yes".equals(value)) {
            fail("confirm", "tick the box to confirm");
        }
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
